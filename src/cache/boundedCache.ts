/**
 * A small least-recently-used cache for pure computations on user text (search results, place-name matches):
 * at most `capacity` values, the least recently read one dropped first. Values are returned as stored: callers
 * that hand them on copy them first.
 */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  /** @param capacity - Maximum number of values kept (≥ 1). */
  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`BoundedCache capacity must be at least 1, got ${capacity}`);
  }

  /**
   * The cached value for `key`, or the result of `compute()` (then kept).
   * @example
   * const hits = cache.getOrCompute(`${language}\0${text}`, () => index.search(text, { language }));
   */
  getOrCompute(key: string, compute: () => V): V {
    const cached = this.values.get(key);
    if (cached !== undefined) {
      // Re-inserted so that Map order is recency order.
      this.values.delete(key);
      this.values.set(key, cached);
      return cached;
    }
    const value = compute();
    if (this.values.size >= this.capacity) this.values.delete(this.values.keys().next().value!);
    this.values.set(key, value);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
