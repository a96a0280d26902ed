/**
 * Remembers that something happened, once, for a while: "has this LINE webhook event been accepted?".
 * One atomic set-if-absent per key (Redis `SET NX EX`), so two replicas receiving the same redelivery
 * cannot both accept it. The in-memory store has the same contract for one process.
 */
import type { RedisConnection } from './redisClient';

export interface OnceStore {
  /**
   * Claims `key` for `ttlSeconds`.
   * @returns true for the first claim; false while an earlier claim is alive.
   */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /** Forgets a claim, so the key can be claimed again (used when accepting failed half-way). */
  release(key: string): Promise<void>;
}

function assertTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) throw new RangeError(`OnceStore: ttlSeconds must be a whole number ≥ 1, got ${ttlSeconds}`);
}

/** Expired claims are dropped lazily; a sweep at most this often keeps never-repeated keys from piling up. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * @example
 * const once = new MemoryOnceStore();
 * await once.claim('line:event:01H…', 86_400); // true
 * await once.claim('line:event:01H…', 86_400); // false
 */
export class MemoryOnceStore implements OnceStore {
  private readonly expiries = new Map<string, number>();
  private readonly now: () => number;
  private lastSweep: number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    assertTtl(ttlSeconds);
    const now = this.now();
    this.sweep(now);
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.expiries.set(key, now + ttlSeconds * 1000);
    return true;
  }

  async release(key: string): Promise<void> {
    this.expiries.delete(key);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(key);
  }
}

/**
 * @example
 * const once = new RedisOnceStore(redis, { keyPrefix: 'kakehashi:once:' });
 * if (await once.claim(`line:event:${event.webhookEventId}`, 2 * 86_400)) handle(event);
 */
export class RedisOnceStore implements OnceStore {
  private readonly prefix: string;

  constructor(private readonly client: RedisConnection, options: { keyPrefix?: string } = {}) {
    this.prefix = options.keyPrefix ?? 'kakehashi:once:';
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    assertTtl(ttlSeconds);
    const reply = await this.client.set(this.prefix + key, '1', { condition: 'NX', expiration: { type: 'EX', value: ttlSeconds } });
    return reply === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }
}
