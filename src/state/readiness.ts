/**
 * Readiness probes for state backends. Memory storage needs none: if the
 * process runs, its memory is there.
 */
import type { RedisConnection } from './redisClient';
import { ReadinessError } from './errors';

/** One dependency the service needs before it can take traffic. */
export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; rejects (with {@link ReadinessError}) when not. */
  check(): Promise<void>;
}

/** Options for {@link redisReadiness}. */
export interface RedisReadinessOptions {
  /** Check name shown in readiness output. Defaults to `redis`. */
  name?: string;
  /** Longest wait for PONG, in ms. Defaults to 1000. */
  timeoutMs?: number;
}

/**
 * Readiness check that PINGs Redis.
 *
 * The PING is raced against a timeout because node-redis queues commands while
 * reconnecting instead of failing them, which would leave a probe hanging.
 *
 * @param client - The client the service uses (so the probe reflects its connection, not a fresh one).
 * @param options - Name and timeout.
 * @returns A check that rejects with {@link ReadinessError} on error, timeout or a closed client.
 */
export function redisReadiness(client: RedisConnection, options: RedisReadinessOptions = {}): ReadinessCheck {
  const name = options.name ?? 'redis';
  const timeoutMs = options.timeoutMs ?? 1000;
  return {
    name,
    async check() {
      if ('masters' in client) {
        // Redis Cluster: every master must answer, or some conversations' slots are unreachable.
        const masters = client.masters;
        if (masters.length === 0) throw new ReadinessError(name, 'cluster slot map is empty');
        await Promise.all(masters.map(async (master) => pingNode(name, await withTimeout(name, client.nodeClient(master), timeoutMs), timeoutMs, `${master.host}:${master.port}`)));
        return;
      }
      await pingNode(name, client, timeoutMs, undefined);
    },
  };
}

/** PINGs one node client; rejects with {@link ReadinessError}. */
async function pingNode(name: string, client: { isReady: boolean; isOpen: boolean; ping(): Promise<string> }, timeoutMs: number, node: string | undefined): Promise<void> {
  const where = node ? ` (${node})` : '';
  if (!client.isReady) throw new ReadinessError(name, (client.isOpen ? 'reconnecting' : 'client is closed') + where);
  const pong = await withTimeout(name, client.ping(), timeoutMs, where);
  if (pong !== 'PONG') throw new ReadinessError(name, `unexpected PING reply ${JSON.stringify(pong)}${where}`);
}

async function withTimeout<T>(name: string, promise: Promise<T>, timeoutMs: number, where = ''): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ReadinessError(name, `no PONG within ${timeoutMs} ms${where}`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    if (error instanceof ReadinessError) throw error;
    throw new ReadinessError(name, (error instanceof Error ? error.message : String(error)) + where, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
