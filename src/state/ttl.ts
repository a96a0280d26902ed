/**
 * Expiry policy shared by the storage implementations, so memory and Redis
 * expire the same keys after the same time.
 */

/** 30 days: long enough for a slow business conversation, short enough to not keep personal data forever. */
export const DEFAULT_TTL_SECONDS = 30 * 24 * 60 * 60;

/** TTL override for keys matching `pattern` (tested against the unprefixed key). */
export interface TtlOverride {
  pattern: RegExp;
  /** Seconds (fractions allowed) or `null` for "never expires". */
  ttlSeconds: number | null;
}

/** TTL options accepted by `MemoryStorage` and `RedisStorage`. */
export interface StorageTtlOptions {
  /**
   * Expiry applied on every write, in seconds (fractions allowed). `null` disables expiry.
   * Defaults to {@link DEFAULT_TTL_SECONDS}. The clock restarts on each write; reads do not extend it.
   */
  ttlSeconds?: number | null;
  /** Per-key overrides; the first matching pattern wins over `ttlSeconds`. */
  ttlOverrides?: readonly TtlOverride[];
}

/** Resolves the TTL (in milliseconds, `null` = no expiry) for a key. */
export type TtlResolver = (key: string) => number | null;

/**
 * Validates TTL options once, up front, and returns a resolver for per-key TTLs.
 *
 * @param options - TTL options from the storage constructor.
 * @returns Function mapping an unprefixed key to its TTL in ms, or `null` for no expiry.
 * @throws RangeError if a TTL is not a positive finite number of at least 1 ms.
 */
export function createTtlResolver(options: StorageTtlOptions = {}): TtlResolver {
  const defaultMs = toMs(options.ttlSeconds === undefined ? DEFAULT_TTL_SECONDS : options.ttlSeconds, 'ttlSeconds');
  const overrides = (options.ttlOverrides ?? []).map((o, i) => ({
    // Global/sticky regexes keep lastIndex between test() calls, which would make matching alternate.
    pattern: new RegExp(o.pattern.source, o.pattern.flags.replace(/[gy]/g, '')),
    ms: toMs(o.ttlSeconds, `ttlOverrides[${i}].ttlSeconds`),
  }));
  return (key) => {
    for (const o of overrides) {
      if (o.pattern.test(key)) return o.ms;
    }
    return defaultMs;
  };
}

function toMs(seconds: number | null, label: string): number | null {
  if (seconds === null) return null;
  const ms = Math.round(seconds * 1000);
  // Redis rejects PX 0 and negative values; fail at startup rather than on the first write.
  if (!Number.isFinite(ms) || ms < 1) {
    throw new RangeError(`${label} must be a positive number of seconds or null, got ${String(seconds)}`);
  }
  return ms;
}
