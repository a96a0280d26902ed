/**
 * A read-only stand-in for MiniSearch's term tree (`SearchableMap`, a radix tree of nested Maps) in a restored index
 * (`packedMiniSearch.ts`): the terms in one array and one lexicographic order over them, instead of ≈ 2 Maps a term
 * (57,000 Maps, ≈ 12 MB of the service's heap, and most of the snapshot's restore time).
 *
 * It answers what MiniSearch's search asks of its tree — `get`, `has`, `size`, iteration, `atPrefix` (iterated)
 * and `fuzzyGet` — with the same terms in the same order and, for fuzzy matches, the same edit distances: MiniSearch's
 * fuzzy search walks the tree depth-first, one row of a Levenshtein matrix per character; here the same rows are
 * computed walking the terms in lexicographic order (a term shares the rows of its common prefix with the term before
 * it, and a prefix whose row exceeds the distance skips every term that starts with it).
 *
 * Orders: a tree built by inserting the terms one after another is walked depth-first in insertion order by the fuzzy
 * search, and iterated (`entries`, `atPrefix`) in the reverse order (its iterator takes each node's children from the
 * last). Given the terms in the order they were inserted, this index reports them in the same orders.
 */

/** Comparison by UTF-16 code units (JavaScript's `<`), the order of {@link PackedTermIndex}'s lookups. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class PackedTermIndex<T> implements Iterable<[string, T]> {
  /** Term → position in `terms`. */
  private readonly positions: Map<string, number>;
  /** Positions in `terms`, sorted by term. */
  private readonly sorted: Int32Array;
  /** Per place in `sorted`: how many leading characters its term shares with the one before (0 for the first). */
  private readonly shared: Uint16Array;

  /**
   * @param terms - Every term once, in the order they were inserted into the tree this index stands in for.
   * @param values - The value of each term, same order.
   */
  constructor(private readonly terms: readonly string[], private readonly values: readonly T[]) {
    if (terms.length !== values.length) throw new Error(`packed term index: ${terms.length} terms but ${values.length} values`);
    this.positions = new Map(terms.map((term, position) => [term, position]));
    const sorted = Int32Array.from(terms.keys());
    sorted.sort((a, b) => byCodeUnits(terms[a]!, terms[b]!));
    this.sorted = sorted;
    this.shared = new Uint16Array(sorted.length);
    for (let at = 1; at < sorted.length; at++) {
      const a = terms[sorted[at - 1]!]!;
      const b = terms[sorted[at]!]!;
      const limit = Math.min(a.length, b.length, 0xffff);
      let common = 0;
      while (common < limit && a.charCodeAt(common) === b.charCodeAt(common)) common++;
      this.shared[at] = common;
    }
  }

  get size(): number {
    return this.terms.length;
  }

  get(term: string): T | undefined {
    const position = this.positions.get(term);
    return position === undefined ? undefined : this.values[position];
  }

  has(term: string): boolean {
    return this.positions.has(term);
  }

  /** Every term with its value, from the last given to the first: the order in which MiniSearch's tree iterates. */
  *entries(): IterableIterator<[string, T]> {
    for (let position = this.terms.length - 1; position >= 0; position--) yield [this.terms[position]!, this.values[position]!];
  }

  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.entries();
  }

  /** The terms that start with `prefix` (the term itself included), as `[term, value]` pairs in iteration order. */
  atPrefix(prefix: string): Iterable<[string, T]> {
    const positions: number[] = [];
    for (let at = this.lowerBound(prefix); at < this.sorted.length; at++) {
      const position = this.sorted[at]!;
      if (!this.terms[position]!.startsWith(prefix)) break;
      positions.push(position);
    }
    positions.sort((a, b) => b - a);
    return positions.map((position) => [this.terms[position]!, this.values[position]!]);
  }

  /**
   * The terms within `maxDistance` edits (Levenshtein) of `query`, as MiniSearch's `SearchableMap.fuzzyGet` finds
   * them: term → [value, distance], in insertion order.
   */
  fuzzyGet(query: string, maxDistance: number): Map<string, [T, number]> {
    const found: [number, number][] = [];
    // The matrix of MiniSearch's fuzzySearch: n columns (query + 1), m rows (longest possible match + 1), a band of
    // maxDistance around the diagonal; cells never written keep maxDistance + 1.
    const n = query.length + 1;
    const m = n + maxDistance;
    const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
    for (let j = 0; j < n; ++j) matrix[j] = j;
    for (let i = 1; i < m; ++i) matrix[i * n] = i;
    const queryCodes = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
    const { sorted, shared: sharedWithPrevious, terms } = this;
    /** Rows 1..valid are those of the first `valid` characters of the term looked at last. */
    let valid = 0;
    let at = 0;
    while (at < sorted.length) {
      const position = sorted[at]!;
      const term = terms[position]!;
      // The term looked at last is the one before, or one that shares as much with this one (see the skip below).
      let pruned = -1;
      for (let i = Math.min(valid, sharedWithPrevious[at]!) + 1; i <= term.length; i++) {
        if (i >= m) {
          // Longer than the query by more than maxDistance: no row for it (MiniSearch finds nothing below it either).
          pruned = i;
          break;
        }
        const code = term.charCodeAt(i - 1);
        const thisRowOffset = n * i;
        const prevRowOffset = thisRowOffset - n;
        let minDistance = matrix[thisRowOffset]!;
        const jmin = Math.max(0, i - maxDistance - 1);
        const jmax = Math.min(n - 1, i + maxDistance);
        for (let j = jmin; j < jmax; ++j) {
          const rpl = matrix[prevRowOffset + j]! + (code === queryCodes[j] ? 0 : 1);
          const del = matrix[prevRowOffset + j + 1]! + 1;
          const ins = matrix[thisRowOffset + j]! + 1;
          const dist = (matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins));
          if (dist < minDistance) minDistance = dist;
        }
        if (minDistance > maxDistance) {
          pruned = i;
          break;
        }
      }
      at++;
      if (pruned === -1) {
        valid = term.length;
        const distance = matrix[term.length * n + n - 1]!;
        if (distance <= maxDistance) found.push([position, distance]);
      } else {
        // No term that starts with the first `pruned` characters can be within reach: they follow this one.
        valid = pruned - 1;
        while (at < sorted.length && sharedWithPrevious[at]! >= pruned) at++;
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    return new Map(found.map(([position, distance]) => [terms[position]!, [this.values[position]!, distance]]));
  }

  /** First index in `sorted` whose term is not below `key`. */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[this.sorted[middle]!]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
