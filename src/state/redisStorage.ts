/**
 * botbuilder `Storage` on Redis, with atomic eTag compare-and-set so two bot
 * instances cannot silently overwrite each other's conversation state.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, StoredValueFormatError } from './errors';
import type { RedisConnection } from './redisClient';
import { defineScript } from './redisScript';
import { slotOf, taggedKey } from './slotTags';
import { assertKeys, prepareWrites, restoreItem } from './storeItems';
import { createTtlResolver, type StorageTtlOptions, type TtlResolver } from './ttl';

/** Options for {@link RedisStorage}. */
export interface RedisStorageOptions extends StorageTtlOptions {
  /** Prepended verbatim to every key (no escaping: Redis keys are binary-safe). Defaults to `kakehashi:state:`. */
  keyPrefix?: string;
  /**
   * Redis Cluster mode: each key carries its slot tag (`<prefix>{<channel>/conversations/<id>}…`, see `slotTags.ts`),
   * and reads, writes and deletes are split per hash slot. Defaults to false (keys are `<prefix><key>` verbatim).
   */
  cluster?: boolean;
}

/** Default key prefix; kept apart from lock keys so a SCAN over state never sees locks. */
export const DEFAULT_STATE_KEY_PREFIX = 'kakehashi:state:';

/**
 * Stored value layout: `<eTag>\n<item JSON without eTag>`. The eTag sits in
 * front so the Lua script can compare it without decoding the (possibly large) JSON.
 * eTags are UUIDs and never contain a newline.
 */
const SEPARATOR = '\n';

/** Lua: returns {index, current eTag or ''} for the first write whose expected eTag (ARGV[3i-2], '' = none) differs. */
const CHECK_ETAGS = `for i = 1, #KEYS do
  local expected = ARGV[i * 3 - 2]
  if expected ~= '' then
    local current = redis.call('GET', KEYS[i])
    local tag = false
    if current then
      local sep = string.find(current, '\\n', 1, true)
      if sep then tag = string.sub(current, 1, sep - 1) end
    end
    if tag ~= expected then return {i, tag or ''} end
  end
end
`;

/**
 * Checks every conditional write of the batch, then writes all of them, in one
 * atomic step. KEYS[i] pairs with ARGV[3i-2..3i] = expected eTag ('' = no check),
 * payload, TTL in ms ('0' = no expiry; plain SET also clears an old TTL).
 * Returns {0, ''} on success or {index, current eTag or ''} on the first conflict.
 */
const WRITE_SCRIPT = defineScript(`
${CHECK_ETAGS}for i = 1, #KEYS do
  local ttl = tonumber(ARGV[i * 3])
  if ttl > 0 then
    redis.call('SET', KEYS[i], ARGV[i * 3 - 1], 'PX', ttl)
  else
    redis.call('SET', KEYS[i], ARGV[i * 3 - 1])
  end
end
return {0, ''}
`);

/** Only the eTag checks of {@link WRITE_SCRIPT} (same KEYS/ARGV layout, payloads ignored): the first phase of a batch spanning slots. */
const CHECK_SCRIPT = defineScript(`
${CHECK_ETAGS}return {0, ''}
`);

/**
 * botbuilder `Storage` backed by Redis strings.
 *
 * - Writes with an eTag are an atomic compare-and-set (Lua); `*` or no eTag
 *   overwrites. A write with an eTag against a missing item is a conflict.
 * - A batch write is all-or-nothing: one conflict rejects the whole batch.
 * - Reads use one MGET; unknown or expired keys are absent from the result.
 * - Every write (re)sets the key's TTL; reads do not extend it.
 *
 * On Redis Cluster (`cluster: true`) every command touches one hash slot. A batch spanning slots is checked
 * in every slot first and then written slot by slot, each slot's write again a compare-and-set: a conflict that
 * exists before the batch still rejects all of it, but a writer racing in between the two phases can leave
 * it half-written. The bot itself only writes one key per batch.
 */
export class RedisStorage implements Storage {
  private readonly prefix: string;
  private readonly ttlFor: TtlResolver;
  private readonly cluster: boolean;

  /**
   * @param client - Connected node-redis v5 client; not closed by this class.
   * @param options - Key prefix (default `kakehashi:state:`) and TTL policy (default 30 days per write).
   * @throws RangeError for invalid TTL values.
   */
  constructor(
    private readonly client: RedisConnection,
    options: RedisStorageOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? DEFAULT_STATE_KEY_PREFIX;
    this.cluster = options.cluster ?? false;
    if (this.cluster && this.prefix.includes('{')) throw new RangeError(`RedisStorage: a cluster key prefix must not contain "{" (got "${this.prefix}")`);
    this.ttlFor = createTtlResolver(options);
  }

  /**
   * Reads items by key with a single MGET.
   *
   * @param keys - Keys to read (unprefixed).
   * @returns Items found, each with its current `eTag`.
   * @throws StoredValueFormatError if a key holds a value this class did not write.
   */
  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys, 'reading');
    if (keys.length === 0) return {};
    const result: StoreItems = {};
    await Promise.all(
      this.bySlot(keys, (key) => key).map(async (group) => {
        const values = await this.client.mGet(group.map((key) => this.redisKey(key)));
        group.forEach((key, i) => {
          const raw = values[i];
          if (raw !== null && raw !== undefined) result[key] = decode(key, raw);
        });
      }),
    );
    return result;
  }

  /**
   * Writes items atomically; each gets a new eTag. The caller's objects are not modified.
   *
   * @param changes - Items by key (unprefixed).
   * @throws ETagConflictError if any item's eTag does not match (nothing is written then).
   */
  async write(changes: StoreItems): Promise<void> {
    const writes = prepareWrites(changes);
    if (writes.length === 0) return;
    const groups = this.bySlot(writes, (w) => w.key);
    const calls = groups.map((group) => {
      const args: string[] = [];
      for (const w of group) args.push(w.expectedETag ?? '', randomUUID() + SEPARATOR + w.json, String(this.ttlFor(w.key) ?? 0));
      return { group, call: { keys: group.map((w) => this.redisKey(w.key)), arguments: args } };
    });
    if (calls.length > 1 && writes.some((w) => w.expectedETag !== undefined)) {
      // Cluster batch across slots: every slot's eTags are checked before any slot is written.
      await Promise.all(calls.map(async ({ group, call }) => throwOnConflict(group, await CHECK_SCRIPT.run(this.client, call))));
    }
    await Promise.all(calls.map(async ({ group, call }) => throwOnConflict(group, await WRITE_SCRIPT.run(this.client, call))));
  }

  /**
   * Deletes items; unknown keys are ignored.
   *
   * @param keys - Keys to delete (unprefixed).
   */
  async delete(keys: string[]): Promise<void> {
    assertKeys(keys, 'deleting');
    if (keys.length === 0) return;
    await Promise.all(this.bySlot(keys, (key) => key).map((group) => this.client.del(group.map((key) => this.redisKey(key)))));
  }

  private redisKey(key: string): string {
    return this.cluster ? taggedKey(this.prefix, key) : this.prefix + key;
  }

  /** One group per hash slot on a cluster; one group of everything on a single node. */
  private bySlot<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
    if (!this.cluster) return [[...items]];
    const groups = new Map<number, T[]>();
    for (const item of items) {
      const slot = slotOf(this.redisKey(keyOf(item)));
      const group = groups.get(slot);
      if (group) group.push(item);
      else groups.set(slot, [item]);
    }
    return [...groups.values()];
  }
}

/** Turns a write or check script's reply `{index, current eTag}` into an {@link ETagConflictError}. */
function throwOnConflict(writes: readonly { key: string; expectedETag?: string | undefined }[], reply: unknown): void {
  const [index, actual] = reply as [number, string];
  if (index === 0) return;
  const failed = writes[index - 1];
  if (!failed?.expectedETag) throw new Error(`RedisStorage: unexpected write script reply ${JSON.stringify(reply)}`);
  throw new ETagConflictError(failed.key, failed.expectedETag, actual === '' ? undefined : actual);
}

function decode(key: string, raw: string): StoreItems[string] {
  const sep = raw.indexOf(SEPARATOR);
  if (sep <= 0) throw new StoredValueFormatError(key, 'missing eTag header');
  try {
    return restoreItem(raw.slice(sep + 1), raw.slice(0, sep));
  } catch (error) {
    throw new StoredValueFormatError(key, 'body is not valid JSON', { cause: error });
  }
}
