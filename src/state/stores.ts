/**
 * Builds the state backends from configuration: in-process memory (no Redis configured), one Redis node
 * (`REDIS_URL`) or a Redis Cluster (`REDIS_CLUSTER_NODES`). Redis code is imported only when Redis is configured.
 */
import type { Storage } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { ReadinessCheck } from './readiness';
import type { RedisConnection } from './redisClient';
import type { StoreAvailability } from './storeAvailability';
import type { TtlOverride } from './ttl';
import type { TurnLock } from './turnLock';
import { coalesceReads } from './coalescingStorage';

/** What {@link createStores} needs from the app configuration. */
export interface StoresConfig {
  redisUrl: string | undefined;
  /** Cluster seed URLs; when set, `redisUrl` is ignored. */
  redisClusterNodes?: readonly string[] | undefined;
  redisKeyPrefix: string;
  stateTtlSeconds: number;
  /** Bound on every Redis command, in ms (default 2000). */
  redisCommandTimeoutMs?: number | undefined;
}

/** The state backends the app runs on. */
export interface Stores {
  storage: Storage;
  turnLock: TurnLock;
  readiness: ReadinessCheck[];
  /** The Redis connection (node or cluster), for Redis-only helpers such as the LINE once-store. */
  redis?: RedisConnection;
  /** Present with Redis: whether it is reachable now (the HTTP gate answers 503 while it is not). */
  availability?: StoreAvailability;
  /** Stops probes and closes the connection. */
  close(): Promise<void>;
}

/**
 * @param ttlOverrides - Per-key-pattern TTLs (e.g. escalation cases never expire).
 * @throws The connection error when Redis is configured but the first connect fails.
 */
export async function createStores(config: StoresConfig, logger: Logger, ttlOverrides: TtlOverride[] = []): Promise<Stores> {
  const clusterNodes = config.redisClusterNodes ?? [];
  if (!config.redisUrl && clusterNodes.length === 0) {
    const { MemoryStorage } = await import('./memoryStorage');
    const { MemoryTurnLock } = await import('./turnLock');
    logger.info('state: in-memory store (REDIS_URL unset); nothing survives a restart');
    return {
      storage: new MemoryStorage({ ttlSeconds: config.stateTtlSeconds, ttlOverrides }),
      turnLock: new MemoryTurnLock(),
      readiness: [],
      close: async () => undefined,
    };
  }

  const [{ connectRedis, connectRedisCluster, isRedisUnavailableError }, { RedisStorage }, { RedisTurnLock }, { redisReadiness }, guards] =
    await Promise.all([
      import('./redisClient'),
      import('./redisStorage'),
      import('./turnLock'),
      import('./readiness'),
      import('./storeAvailability'),
    ]);
  // Idle disconnects, restarts and failovers are expected: warnings. Anything else Redis reports is an error.
  const onError = (error: Error) => {
    if (isRedisUnavailableError(error)) logger.warn({ err: { name: error.name, message: error.message } }, 'redis connection problem; reconnecting');
    else logger.error({ err: error }, 'redis error');
  };
  const timing = { onError, ...(config.redisCommandTimeoutMs ? { commandTimeoutMs: config.redisCommandTimeoutMs } : {}) };
  const cluster = clusterNodes.length > 0;
  const redis: RedisConnection = cluster ? await connectRedisCluster(clusterNodes, timing) : await connectRedis(config.redisUrl!, timing);
  logger.info({ prefix: config.redisKeyPrefix, ...(cluster ? { clusterSeeds: clusterNodes.length } : {}) }, cluster ? 'state: Redis Cluster' : 'state: Redis');

  const readiness = redisReadiness(redis);
  const availability = new guards.StoreAvailability({
    probe: () => readiness.check(),
    listener: {
      down: (reason) => logger.warn({ reason }, 'state store unavailable: answering 503 until it is back'),
      up: (downForMs) => logger.warn({ downForMs }, 'state store available again'),
    },
  });
  if (!cluster) {
    // A single node tells us at once when its connection drops; a cluster is judged by failed calls and probes.
    const client = redis as import('redis').RedisClientType;
    client.on('end', () => availability.markDown('connection closed'));
    client.on('reconnecting', () => availability.markDown('reconnecting'));
  }
  const storage = new RedisStorage(redis, { keyPrefix: config.redisKeyPrefix, ttlSeconds: config.stateTtlSeconds, ttlOverrides, cluster });
  const turnLock = new RedisTurnLock(redis, {
    keyPrefix: `${config.redisKeyPrefix}lock:`,
    onWarning: (warning) => logger.warn({ kind: warning.kind, key: warning.key, err: warning.error }, 'turn lock warning'),
  });
  return {
    storage: coalesceReads(guards.guardStorage(storage, availability)),
    turnLock: guards.guardTurnLock(turnLock, availability),
    readiness: [readiness],
    redis,
    availability,
    async close() {
      availability.stop();
      await redis.close();
    },
  };
}
