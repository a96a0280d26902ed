/**
 * Runs a Lua script by SHA and only sends the full source when Redis does not
 * have it cached (first use, after a restart or SCRIPT FLUSH). The client is
 * passed in from outside, so node-redis' own `scripts` option is not available.
 */
import { createHash } from 'node:crypto';
import type { RedisConnection } from './redisClient';

/** Keys and arguments of one script call. */
export interface ScriptCall {
  keys: string[];
  arguments: string[];
}

/** A Lua script bound to its SHA1, runnable on any client. */
export interface RedisScript {
  readonly sha: string;
  /** Runs the script; the reply shape is script-specific, so callers narrow it. */
  run(client: RedisConnection, call: ScriptCall): Promise<unknown>;
}

/**
 * Prepares a Lua script for EVALSHA with EVAL fallback.
 *
 * @param source - Lua source. Must only touch keys passed in `keys` (required by Redis Cluster and replication).
 * @returns A runnable script.
 */
export function defineScript(source: string): RedisScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    sha,
    async run(client, call) {
      try {
        return await client.evalSha(sha, call);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        // EVAL also caches the script, so the next call takes the EVALSHA path again.
        return client.eval(source, call);
      }
    },
  };
}
