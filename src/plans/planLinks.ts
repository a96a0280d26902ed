/**
 * Signed, short-lived links to a user's printable plan: `/plans/<token>`, the token being
 * base64url(JSON { c: channelId, u: userId, p: planId, l: language, e: expiry in epoch seconds }) + "." + HMAC-SHA256.
 * The key is derived from the service secret, so replicas sharing `DIRECTLINE_SECRET` accept each other's links.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface PlanLinkClaims {
  channelId: string;
  userId: string;
  planId: string;
  language: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

/** How long a printable link works (24 h): long enough to print, short enough that a forwarded link goes stale. */
export const PLAN_LINK_TTL_MS = 24 * 3_600_000;

export class PlanLinks {
  private readonly key: Buffer;

  /** @param secret - the service secret (≥ 32 chars); a dedicated key is derived from it. */
  constructor(secret: string, private readonly baseUrl: string, private readonly clock: () => Date = () => new Date()) {
    if (!secret || secret.length < 16) throw new Error('PlanLinks needs a secret of at least 16 characters');
    this.key = createHmac('sha256', secret).update('kakehashi plan links v1').digest();
  }

  /** The absolute URL of the printable plan, valid for {@link PLAN_LINK_TTL_MS}. */
  url(claims: Omit<PlanLinkClaims, 'expiresAt'>): string {
    const payload = Buffer.from(
      JSON.stringify({ c: claims.channelId, u: claims.userId, p: claims.planId, l: claims.language, e: Math.floor((this.clock().getTime() + PLAN_LINK_TTL_MS) / 1000) }),
    ).toString('base64url');
    return `${this.baseUrl.replace(/\/$/, '')}/plans/${payload}.${this.sign(payload)}`;
  }

  /**
   * @returns the claims, or 'invalid' (malformed or forged) / 'expired'.
   */
  verify(token: string): PlanLinkClaims | 'invalid' | 'expired' {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return 'invalid';
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    try {
      const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c: string; u: string; p: string; l: string; e: number };
      if (typeof raw.c !== 'string' || typeof raw.u !== 'string' || typeof raw.p !== 'string' || typeof raw.e !== 'number') return 'invalid';
      if (raw.e * 1000 <= this.clock().getTime()) return 'expired';
      return { channelId: raw.c, userId: raw.u, planId: raw.p, language: raw.l, expiresAt: raw.e * 1000 };
    } catch {
      return 'invalid';
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
