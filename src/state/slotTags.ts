/**
 * Redis Cluster hash tags for state keys. Redis Cluster hashes only the part of a key inside the first `{…}`, so
 * keys sharing that part live in one hash slot, and a multi-key command or Lua script over them stays legal.
 */
import calculateSlot from 'cluster-key-slot';

/**
 * The part of a storage key that decides its slot: for botbuilder's `<channel>/conversations/<id>` and
 * `<channel>/users/<id>` keys (and anything below them, `…/<id>/…`) the first three segments, so everything of one
 * conversation or one user shares a slot; any other key is its own tag.
 *
 * @example
 * slotTagOf('line/conversations/U123/dialog'); // 'line/conversations/U123'
 * slotTagOf('case:42'); // 'case:42'
 */
export function slotTagOf(key: string): string {
  const match = /^([^/]+\/(?:conversations|users)\/[^/]+)(?:\/|$)/.exec(key);
  return match ? match[1]! : key;
}

/**
 * The Redis key for a storage key with its slot tag in braces: `<prefix>{<tag>}<rest>`.
 *
 * @param prefix - Key prefix; must not contain `{` (it would become the tag).
 * @example
 * taggedKey('kakehashi:state:', 'line/conversations/U123'); // 'kakehashi:state:{line/conversations/U123}'
 */
export function taggedKey(prefix: string, key: string): string {
  const tag = slotTagOf(key);
  return `${prefix}{${tag}}${key.slice(tag.length)}`;
}

/** Hash slot (0–16383) of a full Redis key, as Redis Cluster computes it. */
export function slotOf(redisKey: string): number {
  return calculateSlot(redisKey);
}
