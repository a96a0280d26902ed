/**
 * In-process `Storage` for local development and tests. Mirrors `RedisStorage`
 * semantics (eTags, batch atomicity, TTL) so code tested against it behaves the
 * same in production.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from './errors';
import { assertKeys, prepareWrites, restoreItem } from './storeItems';
import { createTtlResolver, type StorageTtlOptions, type TtlResolver } from './ttl';

/** Options for {@link MemoryStorage}. */
export interface MemoryStorageOptions extends StorageTtlOptions {
  /** Clock in ms, injectable so expiry can be tested without waiting. Defaults to `Date.now`. */
  now?: () => number;
}

interface Entry {
  eTag: string;
  /** Kept as JSON, not as an object: every read parses a fresh copy and unserialisable state fails here, as it would in Redis. */
  json: string;
  expiresAt: number | null;
}

/** Expired entries are dropped lazily on access; a full sweep at most this often stops never-read keys from piling up. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * botbuilder `Storage` kept in process memory.
 *
 * - Writes with an eTag are compare-and-set; `*` or no eTag overwrites. A write
 *   with an eTag against a missing item is a conflict (it was deleted or expired).
 * - A batch write is all-or-nothing: one conflict rejects the whole batch.
 * - Items are stored and returned as copies; callers cannot mutate stored state.
 */
export class MemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlFor: TtlResolver;
  private readonly now: () => number;
  private nextETag = 1;
  private lastSweep: number;

  /**
   * @param options - TTL policy (default 30 days per write) and an optional clock.
   * @throws RangeError for invalid TTL values.
   */
  constructor(options: MemoryStorageOptions = {}) {
    this.ttlFor = createTtlResolver(options);
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /**
   * Reads items by key; unknown or expired keys are absent from the result.
   *
   * @param keys - Keys to read.
   * @returns Copies of the stored items, each with its current `eTag`.
   */
  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    this.maybeSweep();
    const result: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (entry) result[key] = restoreItem(entry.json, entry.eTag);
    }
    return result;
  }

  /**
   * Writes items; each gets a new eTag. The caller's objects are not modified.
   *
   * @param changes - Items by key.
   * @throws ETagConflictError if any item's eTag does not match (nothing is written then).
   */
  async write(changes: StoreItems): Promise<void> {
    const writes = prepareWrites(changes);
    this.maybeSweep();
    for (const w of writes) {
      if (w.expectedETag === undefined) continue;
      const actual = this.live(w.key)?.eTag;
      if (actual !== w.expectedETag) throw new ETagConflictError(w.key, w.expectedETag, actual);
    }
    const now = this.now();
    for (const w of writes) {
      const ttl = this.ttlFor(w.key);
      this.entries.set(w.key, {
        eTag: String(this.nextETag++),
        json: w.json,
        expiresAt: ttl === null ? null : now + ttl,
      });
    }
  }

  /**
   * Deletes items; unknown keys are ignored.
   *
   * @param keys - Keys to delete.
   */
  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    for (const key of keys) this.entries.delete(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private maybeSweep(): void {
    const now = this.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}
