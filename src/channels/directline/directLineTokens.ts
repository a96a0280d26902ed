/**
 * Direct Line tokens issued and checked by this service: `<payload>.<signature>`, both base64url, where the payload
 * is JSON `{ cid, uid, exp }` and the signature is HMAC-SHA256 over the payload part. Stateless, so any replica that
 * shares the secret accepts any other's tokens.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DirectLineTokenError } from './directLineErrors';

export interface DirectLineTokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

export interface IssuedToken {
  token: string;
  /** Seconds until expiry, as Azure's `expires_in`. */
  expiresIn: number;
  claims: DirectLineTokenClaims;
}

export interface DirectLineTokensOptions {
  /** HMAC key; at least 32 characters. */
  secret: string;
  ttlSeconds: number;
  /** Clock in ms; injectable so expiry is testable without waiting. */
  now?: () => number;
}

const SIGNATURE_BYTES = 32;

export class DirectLineTokens {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: DirectLineTokensOptions) {
    if (!options?.secret || options.secret.length < 32) throw new Error('DirectLineTokens needs a secret of at least 32 characters');
    if (!(options.ttlSeconds > 0)) throw new Error('DirectLineTokens needs a positive ttlSeconds');
    this.key = Buffer.from(options.secret, 'utf8');
    this.ttlSeconds = options.ttlSeconds;
    this.now = options.now ?? Date.now;
  }

  /** A random per-process secret, for a single replica without `DIRECTLINE_SECRET`. */
  static randomSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  /**
   * @example
   * const { token } = tokens.issue({ conversationId: 'c1', userId: 'dl_ab12' });
   * tokens.verify(`Bearer ${token}`, 'c1').userId; // 'dl_ab12'
   */
  issue(subject: { conversationId: string; userId: string }): IssuedToken {
    const expiresAt = Math.floor(this.now() / 1000) + this.ttlSeconds;
    const payload = Buffer.from(JSON.stringify({ cid: subject.conversationId, uid: subject.userId, exp: expiresAt })).toString('base64url');
    return {
      token: `${payload}.${this.sign(payload).toString('base64url')}`,
      expiresIn: this.ttlSeconds,
      claims: { conversationId: subject.conversationId, userId: subject.userId, expiresAt },
    };
  }

  /**
   * Checks an `Authorization` header value. With `conversationId`, the token must belong to that conversation.
   * @throws DirectLineTokenError with the reason of the refusal.
   */
  verify(authorization: string | undefined, conversationId?: string): DirectLineTokenClaims {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new DirectLineTokenError('missing');
    const [payload, signature, ...rest] = match[1]!.split('.');
    if (!payload || !signature || rest.length > 0) throw new DirectLineTokenError('malformed');
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(payload);
    // timingSafeEqual needs equal lengths; the length of a valid signature is public anyway.
    if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, expected)) throw new DirectLineTokenError('forged');
    const claims = parseClaims(payload);
    if (!claims) throw new DirectLineTokenError('malformed');
    if (claims.expiresAt * 1000 <= this.now()) throw new DirectLineTokenError('expired', claims.conversationId);
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new DirectLineTokenError('wrong-conversation', conversationId);
    }
    return claims;
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}

function parseClaims(payload: string): DirectLineTokenClaims | undefined {
  try {
    const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { cid?: unknown; uid?: unknown; exp?: unknown };
    if (typeof raw.cid !== 'string' || typeof raw.uid !== 'string' || typeof raw.exp !== 'number') return undefined;
    return { conversationId: raw.cid, userId: raw.uid, expiresAt: raw.exp };
  } catch {
    return undefined;
  }
}
