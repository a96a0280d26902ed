/**
 * One shared instance for each distinct small Map of a word table. Tables such as "word → language → frequency" or
 * "term → region → number of entries" hold one small Map for each of their thousands of words. Most of these Maps
 * repeat a few patterns ("once in the English entries", "in two of NRW's entries"), and a Map costs about 100 bytes
 * of heap even when it holds one pair.
 */

/**
 * Reads small Maps that will not change afterwards and gives back one instance for each distinct content: the same
 * keys with the same values, in the same order. Iteration, `get` and `size` therefore answer as they did before.
 * Sharing is safe only when nobody writes to a Map after it has been handed out.
 *
 * @example
 * const shared = new SharedMaps<string>();
 * shared.of([['en', 1]]) === shared.of(new Map([['en', 1]])); // true
 */
export class SharedMaps<K extends string> {
  private readonly byContent = new Map<string, ReadonlyMap<K, number>>();

  /** The shared Map with `pairs`' content, made on first sight (a Map passed in may itself become the shared one). */
  of(pairs: Iterable<readonly [K, number]> | Map<K, number>): ReadonlyMap<K, number> {
    let key = '';
    for (const [name, value] of pairs) key += `${name}\u0000${value}\u0001`;
    const known = this.byContent.get(key);
    if (known) return known;
    const made = pairs instanceof Map ? pairs : new Map(pairs);
    this.byContent.set(key, made);
    return made;
  }
}
