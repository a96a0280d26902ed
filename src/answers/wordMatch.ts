/**
 * Whether a list of an entry's analysed words has a word matching an asked term, exactly or as the term's extension
 * ("払" → "払込", "termin" → "terminvergabe"), without scanning the list: each list (an entry's title, subject, body
 * or part, memoised per entry, see `entryTerms.ts`) gets a set of its words and a sorted copy once, and a term is
 * then one set look-up and, where an extension counts, one binary search for the first word at or after it (all words
 * starting with the term sit together from there in sorted order). The answer is the same as scanning the list.
 */

/** A Kana or Han character: such a term's extensions count whatever its length. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;
/** A Latin term's extensions count from this many characters on. */
const EXTENSION_MIN_LENGTH = 5;

/** A word of the entry matches an asked term exactly or as its extension ("払" → "払込", "termin" → "terminvergabe"). */
export function matches(word: string, term: string): boolean {
  return word === term || (word.startsWith(term) && extendable(term));
}

/** Whether a term's extensions match it (see {@link matches}): CJK terms, Latin ones of 5+ characters. */
function extendable(term: string): boolean {
  return term.length >= EXTENSION_MIN_LENGTH || CJK.test(term);
}

interface WordIndex {
  words: ReadonlySet<string>;
  /** The words sorted by UTF-16 code units (the order `startsWith` agrees with). */
  sorted: readonly string[];
}

const indexes = new WeakMap<readonly string[], WordIndex>();

function indexOf(words: readonly string[]): WordIndex {
  let index = indexes.get(words);
  if (!index) {
    const distinct = new Set(words);
    indexes.set(words, (index = { words: distinct, sorted: [...distinct].sort() }));
  }
  return index;
}

/** Whether some word of a sorted list starts with `prefix`: the first word not before it does when any does. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

/**
 * Whether some word of `words` {@link matches} `term`: the same as `words.some((word) => matches(word, term))`.
 * The list is indexed on first use and the index kept as long as the list lives, so pass lists that are kept (an
 * entry's memoised words), not ones built for one call; the list must not change afterwards.
 * @example
 * anyMatches(['terminvergabe', 'kosten'], 'termin'); // true
 * anyMatches(['terminvergabe'], 'term');             // false (a Latin term under 5 characters matches only itself)
 */
export function anyMatches(words: readonly string[], term: string): boolean {
  if (words.length === 0) return false;
  const index = indexOf(words);
  return index.words.has(term) || (extendable(term) && hasPrefix(index.sorted, term));
}
