/**
 * Creates the one Redis connection the process shares: a single node (`REDIS_URL`) or a Redis Cluster
 * (`REDIS_CLUSTER_NODES`). Storage, locks and queues take the connection as a constructor argument so tests and
 * the app control its lifetime.
 */
import { createClient, createCluster, ErrorReply, type RedisClientType, type RedisClusterType } from 'redis';

/** Either connection kind; the state classes use only commands both support (single-slot keys per call). */
export type RedisConnection = RedisClientType | RedisClusterType;

/** Default bound on every Redis command, in ms: a stopped or unreachable Redis fails a call after this, never hangs it. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 2000;

/** Options for {@link connectRedis} and {@link connectRedisCluster}. */
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
  /**
   * Longest wait for any command's reply, in ms, including time queued while reconnecting. Defaults to
   * {@link DEFAULT_COMMAND_TIMEOUT_MS}. The command then rejects with node-redis' `TimeoutError`.
   */
  commandTimeoutMs?: number;
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True when `error` means "Redis cannot be reached right now" (closed socket, refused connection, timeout)
 * rather than a command Redis rejected. Such errors are expected during restarts and idle disconnects: they are
 * logged as warnings and turn into 503 answers, not 500s.
 *
 * @param error - Anything thrown by a node-redis call or emitted on `error`.
 */
export function isRedisUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof ErrorReply) return /^(CLUSTERDOWN|LOADING|TRYAGAIN|MASTERDOWN|READONLY)\b/.test(error.message);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
  return [
    'TimeoutError', 'ConnectionTimeoutError', 'SocketTimeoutError', 'ClientClosedError', 'ClientOfflineError',
    'SocketClosedUnexpectedlyError', 'RootNodesUnavailableError', 'DisconnectsClientError', 'AbortError',
  ].includes(error.constructor.name) || /socket closed unexpectedly|the client is closed|connection is closed|timeout/i.test(error.message);
}

function socketOptions(options: ConnectRedisOptions) {
  const maxDelay = options.maxReconnectDelayMs ?? 5000;
  return {
    connectTimeout: options.connectTimeoutMs ?? 5000,
    reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, maxDelay) + Math.floor(Math.random() * 100),
  };
}

/**
 * Connects to Redis and resolves once the client is ready.
 *
 * Reconnects forever with capped exponential backoff plus jitter: a chatbot
 * should ride out a Redis restart rather than exit, and jitter keeps many
 * instances from reconnecting in lockstep. Readiness checks report the outage meanwhile.
 * Every command is bounded by `commandTimeoutMs` (default 2 s).
 *
 * @param url - Redis URL, e.g. `redis://127.0.0.1:6379`.
 * @param options - Error listener and timing knobs.
 * @returns A connected client; the caller closes it (`client.close()`) on shutdown.
 * @throws The connection error if the first connect attempt fails (a wrong URL should fail startup, not retry forever).
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<RedisClientType> {
  const onError = options.onError ?? ((error: Error) => console.error('[redis]', error.message));
  const client: RedisClientType = createClient({
    url,
    socket: socketOptions(options),
    commandOptions: { timeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS },
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

/**
 * Connects to a Redis Cluster through node-redis' cluster client and resolves once the slot map is known.
 *
 * Commands go to the master owning their key's slot; `MOVED`/`ASK` redirections after a failover or resharding
 * are followed by node-redis. Every command is bounded by `commandTimeoutMs` (default 2 s).
 *
 * @param seeds - Seed node URLs (`redis://host:port`); any reachable one is enough to discover the rest.
 * @param options - Error listener and timing knobs.
 * @returns A connected cluster client; the caller closes it (`close()`) on shutdown.
 * @throws When no seed answers (`RootNodesUnavailableError`).
 */
export async function connectRedisCluster(seeds: readonly string[], options: ConnectRedisOptions = {}): Promise<RedisClusterType> {
  const onError = options.onError ?? ((error: Error) => console.error('[redis]', error.message));
  const cluster: RedisClusterType = createCluster({
    rootNodes: seeds.map((url) => ({ url })),
    defaults: { socket: socketOptions(options) },
    commandOptions: { timeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS },
  });
  cluster.on('error', onError);
  try {
    await cluster.connect();
  } catch (error) {
    cluster.destroy();
    throw error;
  }
  return cluster;
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
