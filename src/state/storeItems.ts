/**
 * Argument checks and (de)serialisation shared by the `Storage` implementations,
 * so both backends accept and reject exactly the same inputs.
 */
import type { StoreItem, StoreItems } from 'botbuilder';

/** The eTag value that means "overwrite whatever is stored". */
export const WILDCARD_ETAG = '*';

/**
 * The JSON (eTag aside) an item was read from or is about to be written as, kept beside the item so BotState's
 * change detection (`leanBotState.ts`) and the write do not serialise the same state again: {@link restoreItem}
 * records what it parsed, {@link writeAsJson} what the caller has just serialised, and {@link prepareWrites} takes
 * the latter instead of calling `JSON.stringify` (once: the entry is removed).
 */
const readJson = new WeakMap<object, string>();
const pendingJson = new WeakMap<object, string>();

/** The JSON (eTag aside) that `item`, as returned by a read, was parsed from; undefined for any other object. */
export function jsonAtRead(item: object): string | undefined {
  return readJson.get(item);
}

/**
 * Tells the next write of `item` that `json` is its serialisation without the eTag (`JSON.stringify` of the item
 * minus `eTag`, computed by the caller just before the write; the item must not change in between). `undefined`
 * withdraws it (call it once the write has settled, in case it failed before the storage took the JSON).
 */
export function writeAsJson(item: object, json: string | undefined): void {
  if (json === undefined) pendingJson.delete(item);
  else pendingJson.set(item, json);
}

/** One validated write: the condition to check and the JSON to store. */
export interface PreparedWrite {
  key: string;
  /** eTag the stored item must currently have; `undefined` = unconditional write. */
  expectedETag: string | undefined;
  /** Item without its eTag, as JSON. The backend owns the eTag. */
  json: string;
}

/**
 * Rejects a missing key list the way botbuilder's MemoryStorage does.
 *
 * @throws ReferenceError if `keys` is not an array.
 */
export function assertKeys(keys: unknown, operation: 'reading' | 'deleting'): asserts keys is string[] {
  if (!Array.isArray(keys)) throw new ReferenceError(`Keys are required when ${operation}.`);
}

/**
 * Validates a `write()` argument and serialises every item before anything is
 * stored, so a bad item fails the whole batch instead of leaving it half-written.
 *
 * @throws ReferenceError if `changes` is missing; TypeError if an item is not an object or not JSON-serialisable,
 *         or carries an eTag that is not a string (a number, `true`, an object): botbuilder's MemoryStorage refuses
 *         those as a conflict, and reading one as "no eTag" would silently overwrite a newer item.
 */
export function prepareWrites(changes: StoreItems | null | undefined): PreparedWrite[] {
  if (changes === null || changes === undefined || typeof changes !== 'object') {
    throw new ReferenceError('Changes are required when writing.');
  }
  return Object.entries(changes).map(([key, item]: [string, unknown]) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new TypeError(`Storage: item "${key}" must be a plain object, got ${item === null ? 'null' : typeof item}.`);
    }
    const prepared = pendingJson.get(item);
    if (prepared !== undefined) pendingJson.delete(item);
    const eTag = (item as StoreItem).eTag as unknown;
    if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
      throw new TypeError(`Storage: item "${key}" has an eTag of type ${typeof eTag}; eTags are strings (or '*', or absent).`);
    }
    // botbuilder treats a missing/empty eTag like '*': last writer wins.
    const expectedETag = typeof eTag === 'string' && eTag !== '' && eTag !== WILDCARD_ETAG ? eTag : undefined;
    if (prepared !== undefined) return { key, expectedETag, json: prepared };
    const { eTag: _eTag, ...rest } = item as StoreItem;
    return { key, expectedETag, json: JSON.stringify(rest) };
  });
}

/** Rebuilds a store item from its stored JSON and the eTag the backend holds for it. */
export function restoreItem(json: string, eTag: string): StoreItem {
  const item = JSON.parse(json) as StoreItem;
  item.eTag = eTag;
  readJson.set(item, json);
  return item;
}
