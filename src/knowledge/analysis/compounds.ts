/**
 * German compound splitting against a vocabulary (the folded words of the index): "krankenversicherung"
 * yields "kranken" + "versicherung" when "versicherung" is a known word, so either part finds the compound.
 */
import { stemGerman } from './stemmers';
import { GERMAN_STOP_WORDS } from './stopwords';

const LINKING = ['s', 'es', 'n', 'en', 'e'];
const MIN_PART = 3;
const MIN_HEAD = 4;
const MIN_COMPOUND = 7;
/**
 * A leading part that stands for the compound when its head is unknown must be a word of this length, and no function
 * word ("eine", "alle", "wenn"): "Müllsortierung" is searched as "Müll" and "sortierung", "Hauskauf" as "Haus" and "kauf".
 */
const MIN_MODIFIER_ALONE = 4;
/** …and of this length when it had a linking element: a short word takes none ("Müll|sortierung", not "Müll|s|ortierung"). */
const MIN_LINKED_MODIFIER_ALONE = 5;

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
  private stems: Set<string> | undefined;

  constructor(vocabulary: Iterable<string>) {
    this.vocabulary = new Set([...vocabulary].filter((w) => w.length >= MIN_HEAD));
  }

  /**
   * Whether some known word has this German stem: a question word whose stem is unknown ("krankenkassenwechsel")
   * occurs in no entry, and only its parts can match.
   */
  hasStem(stem: string): boolean {
    this.stems ??= new Set([...this.vocabulary].map(stemGerman));
    return this.stems.has(stem);
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
    const result = [...new Set(this.splitInner(word, 0))].filter((p) => p !== word);
    if (this.cache.size < 50_000) this.cache.set(word, result);
    return result;
  }

  /**
   * For a question's words: {@link split}, and a compound whose head is not a word of ours but whose leading part is
   * ("krankenkassenwechsel", "aufenthaltstitelverlangerung") yields that part and the rest. Not used on the entries,
   * where every word is known and a known leading part of any longer word would only add noise.
   *
   * @example
   * new CompoundSplitter(['krankenkasse']).splitQueryWord('krankenkassenwechsel'); // ['krankenkasse', 'wechsel']
   */
  splitQueryWord(word: string): string[] {
    const parts = this.split(word);
    if (parts.length > 0 || this.vocabulary.has(word)) return parts;
    return [...new Set(this.splitByModifier(word))].filter((p) => p !== word);
  }

  /** Longest known leading part (with or without a linking element) and the rest, when the rest is a word's length. */
  private splitByModifier(word: string): string[] {
    if (word.length < MIN_COMPOUND) return [];
    for (let i = word.length - MIN_HEAD; i >= MIN_MODIFIER_ALONE; i--) {
      const modifier = word.slice(0, i);
      const known = [modifier, ...LINKING.filter((link) => modifier.endsWith(link)).map((link) => modifier.slice(0, -link.length))]
        .find((m) => m.length >= (m === modifier ? MIN_MODIFIER_ALONE : MIN_LINKED_MODIFIER_ALONE) && this.vocabulary.has(m) && !GERMAN_STOP_WORDS.has(m));
      if (!known) continue;
      const rest = word.slice(i);
      return [known, rest, ...this.splitInner(rest, 1)];
    }
    return [];
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
