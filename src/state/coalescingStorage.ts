/**
 * Merges the reads that a turn issues together (e.g. conversation and user state loaded in parallel) into one
 * storage read (on Redis one `MGET` instead of one per key), and likewise unconditional writes issued together
 * (botbuilder's `BotState.saveChanges` writes with eTag `*`) into one write. Writes with an eTag to check, and
 * deletes, pass through unchanged, so compare-and-set and batch semantics stay those of the wrapped storage.
 */
import type { Storage, StoreItems } from 'botbuilder';

interface PendingWrite {
  changes: StoreItems;
  resolve(): void;
  reject(error: unknown): void;
}

/** True when every item of the batch is an object that asks for no eTag check (absent or `*`); anything else goes alone. */
const unconditional = (changes: StoreItems) =>
  Object.values(changes).every((item) => item !== null && typeof item === 'object' && (item.eTag === undefined || item.eTag === '*'));

interface PendingRead {
  keys: string[];
  resolve(items: StoreItems): void;
  reject(error: unknown): void;
}

/**
 * Wraps `storage` so that reads started in the same event-loop turn are sent as one read (flushed by `setImmediate`,
 * i.e. once the promise jobs of the current turn have run). Each caller gets only its own keys, as copies that are
 * not shared with another caller.
 *
 * @example
 * const storage = coalesceReads(new RedisStorage(redis));
 * await Promise.all([storage.read(['a']), storage.read(['b'])]); // one MGET a b
 */
export function coalesceReads(storage: Storage): Storage {
  let pending: PendingRead[] = [];

  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 1) {
      const only = batch[0]!;
      storage.read(only.keys).then(only.resolve, only.reject);
      return;
    }
    const keys = [...new Set(batch.flatMap((read) => read.keys))];
    try {
      const items = await storage.read(keys);
      const handedOut = new Set<string>();
      for (const read of batch) {
        const own: StoreItems = {};
        for (const key of read.keys) {
          if (!(key in items)) continue;
          // A key asked for by two callers must not hand both the same object.
          own[key] = handedOut.has(key) ? structuredClone(items[key]) : items[key];
          handedOut.add(key);
        }
        read.resolve(own);
      }
    } catch (error) {
      for (const read of batch) read.reject(error);
    }
  };

  let pendingWrites: PendingWrite[] = [];
  const flushWrites = async () => {
    const batch = pendingWrites;
    pendingWrites = [];
    // Merge only writes to different keys; the first of two writes to one key goes alone, in order.
    const merged: StoreItems = {};
    const members: PendingWrite[] = [];
    const rest: PendingWrite[] = [];
    for (const write of batch) {
      if (rest.length === 0 && Object.keys(write.changes).every((key) => !(key in merged))) {
        Object.assign(merged, write.changes);
        members.push(write);
      } else rest.push(write);
    }
    try {
      await storage.write(merged);
      for (const write of members) write.resolve();
    } catch (error) {
      for (const write of members) write.reject(error);
    }
    for (const write of rest) await storage.write(write.changes).then(write.resolve, write.reject);
  };

  return {
    read(keys: string[]): Promise<StoreItems> {
      if (!Array.isArray(keys)) return storage.read(keys);
      return new Promise<StoreItems>((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ keys, resolve, reject });
      });
    },
    write(changes: StoreItems): Promise<void> {
      if (!changes || typeof changes !== 'object' || !unconditional(changes)) return storage.write(changes);
      return new Promise<void>((resolve, reject) => {
        if (pendingWrites.length === 0) setImmediate(flushWrites);
        pendingWrites.push({ changes, resolve, reject });
      });
    },
    delete: (keys: string[]) => storage.delete(keys),
  };
}
