/**
 * Argument checks and (de)serialisation shared by the `Storage` implementations,
 * so both backends accept and reject exactly the same inputs.
 */
import type { StoreItem, StoreItems } from 'botbuilder';

/** The eTag value that means "overwrite whatever is stored". */
export const WILDCARD_ETAG = '*';

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
    const { eTag, ...rest } = item as StoreItem;
    if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
      throw new TypeError(`Storage: item "${key}" has an eTag of type ${typeof eTag}; eTags are strings (or '*', or absent).`);
    }
    // botbuilder treats a missing/empty eTag like '*': last writer wins.
    const expectedETag = typeof eTag === 'string' && eTag !== '' && eTag !== WILDCARD_ETAG ? eTag : undefined;
    return { key, expectedETag, json: JSON.stringify(rest) };
  });
}

/** Rebuilds a store item from its stored JSON and the eTag the backend holds for it. */
export function restoreItem(json: string, eTag: string): StoreItem {
  const item = JSON.parse(json) as StoreItem;
  item.eTag = eTag;
  return item;
}
