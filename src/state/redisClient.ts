/**
 * Creates the one Redis connection the process shares. Storage and locks take
 * the client as a constructor argument so tests and the app control its lifetime.
 */
import { createClient, type RedisClientType } from 'redis';

/** Options for {@link connectRedis}. */
export interface ConnectRedisOptions {
  /**
   * Receives connection errors. node-redis emits them on every failed reconnect
   * attempt, and an `error` event without a listener would crash the process.
   * Defaults to `console.error`.
   */
  onError?: (error: Error) => void;
  /** Longest wait between reconnect attempts, in ms. Defaults to 5000. */
  maxReconnectDelayMs?: number;
  /** TCP connect timeout, in ms. Defaults to 5000. */
  connectTimeoutMs?: number;
}

/**
 * Connects to Redis and resolves once the client is ready.
 *
 * Reconnects forever with capped exponential backoff plus jitter: a chatbot
 * should ride out a Redis restart rather than exit, and jitter keeps many
 * instances from reconnecting in lockstep. Readiness checks report the outage meanwhile.
 *
 * @param url - Redis URL, e.g. `redis://127.0.0.1:6379`.
 * @param options - Error listener and timing knobs.
 * @returns A connected client; the caller closes it (`client.close()`) on shutdown.
 * @throws The connection error if the first connect attempt fails (a wrong URL should fail startup, not retry forever).
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<RedisClientType> {
  const maxDelay = options.maxReconnectDelayMs ?? 5000;
  const onError = options.onError ?? ((error: Error) => console.error('[redis]', error.message));
  const client: RedisClientType = createClient({
    url,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 5000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, maxDelay) + Math.floor(Math.random() * 100),
    },
  });
  client.on('error', onError);
  try {
    await connectOnce(client);
  } catch (error) {
    // Without this the client keeps reconnecting in the background after we reported failure.
    client.destroy();
    throw error;
  }
  return client;
}

/** node-redis retries the initial connect via reconnectStrategy; we want the first failure instead. */
function connectOnce(client: RedisClientType): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    client.once('error', fail);
    client
      .connect()
      .then(resolve, reject)
      .finally(() => client.off('error', fail));
  });
}
