/**
 * A compact form of a MiniSearch index for the build-time snapshot (`indexSnapshot.ts`).
 *
 * MiniSearch's own `toJSON()` writes every term's postings as nested objects (`{ fieldId: { docId: frequency } }`):
 * JSON.parse turns them into ≈ 50,000 objects that live only until `loadJS` has copied them into Maps, and most of the
 * start's garbage collection was spent on them. Here the terms are one string and the postings one array of small
 * integers; restoring builds each term's objects just before MiniSearch copies them, so they die young.
 */
import MiniSearch, { type Options } from 'minisearch';
import { TermPostings, termEnd } from './packedPostings';
import { PackedTermIndex } from './packedTermIndex';

/** A MiniSearch index as plain JSON: MiniSearch's own fields except `index`, plus `terms` and `postings`. */
export interface PackedMiniSearch {
  /** `toJSON()` without `index` (document ids, field lengths, stored fields, counts). */
  meta: Record<string, unknown>;
  /** Every indexed term, in MiniSearch's order, joined by `\n` (analysed terms never contain a line break). */
  terms: string;
  /** Per term, in the order of `terms`: field count, then per field: field id, document count, then per document: short id, frequency. */
  postings: number[];
}

interface MiniSearchJson {
  index: [string, Record<string, Record<string, number>>][];
  [field: string]: unknown;
}

/**
 * Packs a MiniSearch index.
 *
 * @throws Error when a term contains a line break (it would split into two terms when restored).
 */
export function packMiniSearch<T>(index: MiniSearch<T>): PackedMiniSearch {
  const { index: terms, ...meta } = index.toJSON() as unknown as MiniSearchJson;
  const postings: number[] = [];
  for (const [term, fields] of terms) {
    if (term.includes('\n')) throw new Error(`cannot pack the term ${JSON.stringify(term)}: it contains a line break`);
    const fieldIds = Object.keys(fields);
    postings.push(fieldIds.length);
    for (const fieldId of fieldIds) {
      const documents = fields[fieldId]!;
      const shortIds = Object.keys(documents);
      postings.push(Number(fieldId), shortIds.length);
      for (const shortId of shortIds) postings.push(Number(shortId), documents[shortId]!);
    }
  }
  return { meta, terms: terms.map(([term]) => term).join('\n'), postings };
}

/** The terms of a packed index, in the order of its postings (and of any per-term array saved beside it). */
export function packedTerms(packed: PackedMiniSearch): string[] {
  return packed.terms === '' ? [] : packed.terms.split('\n');
}

/**
 * Restores a packed index: MiniSearch's public `loadJS` for everything but the terms, whose postings are then read in
 * place from `packed.postings` (`packedPostings.ts`) rather than copied into two Maps per term, and whose term tree is
 * a {@link PackedTermIndex} (two arrays) rather than a radix tree of Maps. The restored index
 * searches, reports and serialises as the packed one did; it is read-only (never `add`, `remove` or `discard` on it).
 *
 * @param options - The options the index was built with (MiniSearch requires them again).
 */
export function unpackMiniSearch<T>(packed: PackedMiniSearch, options: Options<T>): MiniSearch<T> {
  const terms = packedTerms(packed);
  // Half the size of the parsed array (8 bytes an element); counts and short ids fit 32 bits.
  const postings = Int32Array.from(packed.postings);
  const restored = MiniSearch.loadJS({ ...packed.meta, index: [] } as unknown as Parameters<typeof MiniSearch.loadJS>[0], options);
  const values: TermPostings[] = new Array(terms.length);
  let at = 0;
  for (let position = 0; position < terms.length; position++) {
    values[position] = new TermPostings(postings, at);
    at = termEnd(postings, at);
  }
  if (at !== postings.length) throw new Error(`packed MiniSearch index: ${terms.length} terms end at ${at} of ${postings.length} postings`);
  // MiniSearch's term tree (`SearchableMap`) is replaced by a read-only stand-in that answers what search, `termCount`
  // and `toJSON` ask of it; a term's value is read only through `get(fieldId)` → `size`, `keys()`, `get(shortId)`,
  // which TermPostings offers.
  (restored as unknown as { _index: PackedTermIndex<TermPostings> })._index = new PackedTermIndex(terms, values);
  return restored;
}
