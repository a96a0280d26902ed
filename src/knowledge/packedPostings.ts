/**
 * A restored MiniSearch term's postings read in place from the snapshot's packed postings array
 * (`packedMiniSearch.ts`), instead of MiniSearch's two nested Maps per term.
 *
 * MiniSearch keeps, for each of its ≈ 25,000 terms, `Map<fieldId, Map<shortDocId, frequency>>`: ≈ 550 bytes a term,
 * 13 MB of the service's heap, for data that never changes once loaded. A {@link TermPostings} is one small object
 * pointing into the shared array (≈ 40 bytes a term). It offers what MiniSearch's search reads of a term's data
 * (`get(fieldId)` → `size`, `keys()`, `get(shortDocId)`) and iterates as the Maps do, so `toJSON()` still works.
 * A restored index is read-only: MiniSearch's `add`/`remove`/`discard` would need real Maps.
 */

/** Layout (see `PackedMiniSearch.postings`): per term: field count, then per field: field id, document count, then per document: short id, frequency. */
type Postings = ArrayLike<number>;

/** One field's documents of one term: short document id → term frequency, read-only and Map-like. */
export class FieldPostings implements Iterable<[number, number]> {
  /** Where `keys()` last stopped: MiniSearch reads each key's frequency right after the key, found here at once. */
  private cursor: number;

  /**
   * @param postings - The packed postings array.
   * @param first - Index in `postings` of the field's first short document id.
   * @param size - Number of documents.
   */
  constructor(private readonly postings: Postings, private readonly first: number, readonly size: number) {
    this.cursor = first;
  }

  /** Term frequency in document `shortId`, undefined when the term is not in that document's field. */
  get(shortId: number): number | undefined {
    if (this.postings[this.cursor] === shortId && this.cursor < this.first + 2 * this.size) return this.postings[this.cursor + 1];
    const end = this.first + 2 * this.size;
    for (let at = this.first; at < end; at += 2) if (this.postings[at] === shortId) return this.postings[at + 1];
    return undefined;
  }

  has(shortId: number): boolean {
    return this.get(shortId) !== undefined;
  }

  *keys(): IterableIterator<number> {
    const end = this.first + 2 * this.size;
    for (let at = this.first; at < end; at += 2) {
      this.cursor = at;
      yield this.postings[at]!;
    }
  }

  *entries(): IterableIterator<[number, number]> {
    const end = this.first + 2 * this.size;
    for (let at = this.first; at < end; at += 2) yield [this.postings[at]!, this.postings[at + 1]!];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }
}

/** All fields of one term: field id → {@link FieldPostings}, read-only and Map-like. */
export class TermPostings implements Iterable<[number, FieldPostings]> {
  /**
   * @param postings - The packed postings array.
   * @param start - Index in `postings` of the term's field count.
   */
  constructor(private readonly postings: Postings, private readonly start: number) {}

  /** Number of fields the term occurs in. */
  get size(): number {
    return this.postings[this.start]!;
  }

  /** The term's documents in field `fieldId`, undefined when it does not occur in that field. */
  get(fieldId: number): FieldPostings | undefined {
    const postings = this.postings;
    let at = this.start + 1;
    for (let f = postings[this.start]!; f > 0; f--) {
      const documents = postings[at + 1]!;
      if (postings[at] === fieldId) return new FieldPostings(postings, at + 2, documents);
      at += 2 + 2 * documents;
    }
    return undefined;
  }

  has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  *entries(): IterableIterator<[number, FieldPostings]> {
    const postings = this.postings;
    let at = this.start + 1;
    for (let f = postings[this.start]!; f > 0; f--) {
      const documents = postings[at + 1]!;
      yield [postings[at]!, new FieldPostings(postings, at + 2, documents)];
      at += 2 + 2 * documents;
    }
  }

  [Symbol.iterator](): IterableIterator<[number, FieldPostings]> {
    return this.entries();
  }
}

/**
 * Index in `postings` just past the term that starts at `start`.
 * @example
 * termEnd([1, 0, 2, 5, 1, 7, 3], 0); // 7: one field (0) with two documents (5 ×1, 7 ×3)
 */
export function termEnd(postings: Postings, start: number): number {
  let at = start + 1;
  for (let f = postings[start]!; f > 0; f--) at += 2 + 2 * postings[at + 1]!;
  return at;
}
