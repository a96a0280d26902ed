/**
 * Short-lived signed links for "export my data": the token names the user (channel, user id, the conversation the
 * request came from) and an expiry, signed with HMAC-SHA256. Nothing is stored; the token is the permission.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ExportGrant {
  channelId: string;
  userId: string;
  conversationId: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

export type ExportTokenCheck = { ok: true; grant: ExportGrant } | { ok: false; reason: 'invalid' | 'expired' };

export class ExportTokens {
  private readonly key: Buffer;
  private readonly ttlMs: number;
  private readonly now: () => number;

  /**
   * @param options.secret - at least 32 characters (see `resolveSigningSecret('DATA_EXPORT_SECRET', …)`).
   * @param options.ttlSeconds - how long a link works (`DATA_EXPORT_TTL_SECONDS`, default 900).
   */
  constructor(options: { secret: string; ttlSeconds: number; now?: () => number }) {
    if (!options?.secret || options.secret.length < 32) throw new Error('ExportTokens needs a secret of at least 32 characters');
    if (!(options.ttlSeconds > 0)) throw new RangeError('ExportTokens needs ttlSeconds > 0');
    this.key = Buffer.from(`kakehashi data export\0${options.secret}`, 'utf8');
    this.ttlMs = options.ttlSeconds * 1000;
    this.now = options.now ?? Date.now;
  }

  get ttlSeconds(): number {
    return this.ttlMs / 1000;
  }

  /**
   * @example
   * tokens.issue({ channelId: 'directline', userId: 'dl_u1', conversationId: 'c1' }); // 'eyJj…' (URL-safe)
   */
  issue(subject: Omit<ExportGrant, 'expiresAt'>): string {
    const grant: ExportGrant = { ...subject, expiresAt: this.now() + this.ttlMs };
    const payload = Buffer.from(JSON.stringify(grant), 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  check(token: string): ExportTokenCheck {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
    let grant: ExportGrant;
    try {
      grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ExportGrant;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (typeof grant.channelId !== 'string' || typeof grant.userId !== 'string' || typeof grant.expiresAt !== 'number') {
      return { ok: false, reason: 'invalid' };
    }
    if (this.now() >= grant.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, grant };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
