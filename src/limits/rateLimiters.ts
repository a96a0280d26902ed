/**
 * The abuse limits, built on `rate-limiter-flexible` (fixed windows): in memory, or in Redis when `REDIS_URL` is
 * set so that every replica counts against the same budget. With Redis unavailable a limiter falls back to an
 * in-memory one of the same size (its insurance limiter) instead of failing requests or hanging on Redis.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';

/** What a limiter says about one more request: allowed, or refused until `retryAfterSeconds` have passed. */
export type LimitDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Whole seconds until the window resets (≥ 1), for `Retry-After`. */
      retryAfterSeconds: number;
      /** True for the first refusal in a window: the moment to tell a chat user once, not at every message. */
      firstRefusal: boolean;
    };

/** One named limit: `points` requests per `windowSeconds` per key. */
export class Limit {
  constructor(private readonly limiter: RateLimiterAbstract, private readonly points: number) {}

  /**
   * Counts one request for `key`.
   * @throws only for errors that are not a refusal and that the insurance limiter did not absorb.
   */
  async consume(key: string): Promise<LimitDecision> {
    try {
      await this.limiter.consume(key, 1);
      return { allowed: true };
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
        firstRefusal: result.consumedPoints === this.points + 1,
      };
    }
  }
}

export interface RateLimits {
  /** Per client address on /api/messages and Direct Line. */
  ip: Limit;
  /** Per chat user (`channelId:userId`) on every channel. */
  user: Limit;
  /** Per client address on staff login. */
  loginIp: Limit;
  /** Per account id on staff login. */
  loginAccount: Limit;
}

/**
 * A node-redis client (single node or cluster) as `rate-limiter-flexible` takes it with `useRedisPackage: true`.
 * Typed loosely on purpose: the composition root passes whichever client it built.
 */
export type RateLimitRedisClient = object;

/**
 * @param config - the limits ({@link RateLimitConfig}).
 * @param options.redis - the shared Redis client when `REDIS_URL` is set.
 * @param options.keyPrefix - Redis key prefix, e.g. `kakehashi:ratelimit:`.
 * @example
 * const limits = createRateLimits(config.rateLimits, { redis, keyPrefix: `${config.redisKeyPrefix}ratelimit:` });
 * await limits.ip.consume('203.0.113.7'); // { allowed: true }
 */
export function createRateLimits(config: RateLimitConfig, options: { redis?: RateLimitRedisClient | undefined; keyPrefix: string }): RateLimits {
  const make = (name: string, points: number, duration: number): Limit => {
    const keyPrefix = `${options.keyPrefix}${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    const limiter = options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis,
          useRedisPackage: true,
          keyPrefix,
          points,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return new Limit(limiter, points);
  };
  return {
    ip: make('ip', config.ipPoints, config.ipWindowSeconds),
    user: make('user', config.userPoints, config.userWindowSeconds),
    loginIp: make('login-ip', config.loginIpPoints, config.loginWindowSeconds),
    loginAccount: make('login-account', config.loginAccountPoints, config.loginWindowSeconds),
  };
}
