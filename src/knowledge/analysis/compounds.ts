/**
 * German compound splitting against a vocabulary (the folded words of the index): "krankenversicherung"
 * yields "kranken" + "versicherung" when "versicherung" is a known word, so either part finds the compound.
 */

const LINKING = ['s', 'es', 'n', 'en', 'e'];
const MIN_PART = 3;
const MIN_HEAD = 4;
const MIN_COMPOUND = 7;

/**
 * Splits German compounds whose head (last part) is a vocabulary word.
 *
 * @example
 * const splitter = new CompoundSplitter(['versicherung', 'kranken', 'karte']);
 * splitter.split('krankenversicherungskarte'); // ['kranken', 'versicherung', 'karte'] (order may vary)
 */
export class CompoundSplitter {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly cache = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    this.vocabulary = new Set([...vocabulary].filter((w) => w.length >= MIN_HEAD));
  }

  /** The words the splitter knows (for a saved index: a splitter made from them splits alike). */
  words(): string[] {
    return [...this.vocabulary];
  }

  /** Number of words the splitter knows. */
  get size(): number {
    return this.vocabulary.size;
  }

  /** The parts of `word` (without `word` itself); empty when it is not a known compound. */
  split(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const parts = this.splitInner(word, 0);
    const result = [...new Set(parts)].filter((p) => p !== word);
    if (this.cache.size < 50_000) this.cache.set(word, result);
    return result;
  }

  private splitInner(word: string, depth: number): string[] {
    if (word.length < MIN_COMPOUND || depth > 3) return [];
    // Longest known head first: "versicherungskarte" prefers "karte" only if no longer head is known.
    for (let i = MIN_PART; i <= word.length - MIN_HEAD; i++) {
      const head = word.slice(i);
      if (!this.vocabulary.has(head)) continue;
      const modifier = word.slice(0, i);
      const modifiers = [modifier];
      for (const link of LINKING) {
        if (modifier.endsWith(link) && modifier.length - link.length >= MIN_PART) modifiers.push(modifier.slice(0, -link.length));
      }
      const known = modifiers.find((m) => this.vocabulary.has(m));
      const out = [head, ...this.splitInner(head, depth + 1)];
      if (known) out.push(known, ...this.splitInner(known, depth + 1));
      else {
        out.push(modifier);
        // The modifier may itself be a compound ("krankenversicherungs" → "krankenversicherung" → …).
        for (const m of modifiers) out.push(...this.splitInner(m, depth + 1));
      }
      return out;
    }
    return [];
  }
}
