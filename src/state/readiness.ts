/**
 * Readiness probes for state backends. Memory storage needs none: if the
 * process runs, its memory is there.
 */
import type { RedisClientType } from 'redis';
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
export function redisReadiness(client: RedisClientType, options: RedisReadinessOptions = {}): ReadinessCheck {
  const name = options.name ?? 'redis';
  const timeoutMs = options.timeoutMs ?? 1000;
  return {
    name,
    async check() {
      if (!client.isReady) throw new ReadinessError(name, client.isOpen ? 'reconnecting' : 'client is closed');
      let timer: NodeJS.Timeout | undefined;
      try {
        const pong = await Promise.race([
          client.ping(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new ReadinessError(name, `no PONG within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        if (pong !== 'PONG') throw new ReadinessError(name, `unexpected PING reply ${JSON.stringify(pong)}`);
      } catch (error) {
        if (error instanceof ReadinessError) throw error;
        throw new ReadinessError(name, error instanceof Error ? error.message : String(error), { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
