/**
 * Slows down password guessing per account id, in memory: the first {@link LoginThrottleOptions.freeFailures}
 * failures cost nothing, each further one doubles a lock-out (1 s, 2 s, 4 s … up to `maxDelayMs`); a success
 * clears it, and an id left alone for `forgetAfterMs` starts afresh. Per process: with several replicas an
 * attacker gets one budget per replica, which the doubling still keeps small.
 */
export interface LoginThrottleOptions {
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  forgetAfterMs?: number;
  /** Bound on tracked ids, so guessing random ids cannot grow memory without limit. */
  maxTracked?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly freeFailures: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(options: LoginThrottleOptions = {}) {
    this.freeFailures = options.freeFailures ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 60 * 60_000;
    this.maxTracked = options.maxTracked ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until `id` may try again; 0 when it may try now. */
  retryAfterMs(id: string): number {
    const entry = this.current(id);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  recordFailure(id: string): void {
    const now = this.now();
    const entry = this.current(id) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - this.freeFailures;
    if (over > 0) entry.lockedUntil = now + Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(over - 1, 30));
    this.entries.delete(id);
    this.entries.set(id, entry);
    // Map iteration order is insertion order: the first key is the one that failed longest ago.
    while (this.entries.size > this.maxTracked) this.entries.delete(this.entries.keys().next().value!);
  }

  recordSuccess(id: string): void {
    this.entries.delete(id);
  }

  private current(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry && this.now() - entry.lastFailure > this.forgetAfterMs && this.now() >= entry.lockedUntil) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }
}
