/**
 * Direct Line tokens issued and checked by this service: `<payload>.<signature>`, both base64url, where the payload
 * is JSON `{ cid, uid, exp }` and the signature is HMAC-SHA256 over the payload part. Stateless, so any replica that
 * shares the secret accepts any other's tokens.
 *
 * A resume token (`{ cid, uid, exp, k: "resume" }`, longer-lived) is handed to the page with its first token and is
 * good for one thing only: `POST tokens/resume`, a fresh conversation token for the same conversation after the
 * conversation token expired during a disconnect. It is refused everywhere else, and a conversation token is refused there.
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
  /** Lifetime of resume tokens, in seconds. Defaults to 86 400 (a page left open longer starts a new conversation). */
  resumeTtlSeconds?: number;
  /** Clock in ms; injectable so expiry is testable without waiting. */
  now?: () => number;
}

const SIGNATURE_BYTES = 32;

export class DirectLineTokens {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;
  private readonly resumeTtlSeconds: number;
  private readonly now: () => number;

  constructor(options: DirectLineTokensOptions) {
    if (!options?.secret || options.secret.length < 32) throw new Error('DirectLineTokens needs a secret of at least 32 characters');
    if (!(options.ttlSeconds > 0)) throw new Error('DirectLineTokens needs a positive ttlSeconds');
    this.key = Buffer.from(options.secret, 'utf8');
    this.ttlSeconds = options.ttlSeconds;
    this.resumeTtlSeconds = Math.max(options.resumeTtlSeconds ?? 86_400, options.ttlSeconds);
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
    return this.issueKind(subject, this.ttlSeconds, undefined);
  }

  /**
   * A resume token for the same conversation and user: accepted only by {@link verifyResume}.
   * @example
   * const { token: resumeToken } = tokens.issueResume({ conversationId: 'c1', userId: 'dl_ab12' });
   */
  issueResume(subject: { conversationId: string; userId: string }): IssuedToken {
    return this.issueKind(subject, this.resumeTtlSeconds, 'resume');
  }

  /**
   * Checks a resume token (`Authorization` header value).
   * @throws DirectLineTokenError as {@link verify}; a conversation token here is `forged`.
   */
  verifyResume(authorization: string | undefined): DirectLineTokenClaims {
    return this.verifyKind(authorization, undefined, 'resume');
  }

  private issueKind(subject: { conversationId: string; userId: string }, ttlSeconds: number, kind: 'resume' | undefined): IssuedToken {
    const expiresAt = Math.floor(this.now() / 1000) + ttlSeconds;
    const payload = Buffer.from(JSON.stringify({ cid: subject.conversationId, uid: subject.userId, exp: expiresAt, ...(kind ? { k: kind } : {}) })).toString('base64url');
    return {
      token: `${payload}.${this.sign(payload).toString('base64url')}`,
      expiresIn: ttlSeconds,
      claims: { conversationId: subject.conversationId, userId: subject.userId, expiresAt },
    };
  }

  /**
   * Checks an `Authorization` header value. With `conversationId`, the token must belong to that conversation.
   * @throws DirectLineTokenError with the reason of the refusal.
   */
  verify(authorization: string | undefined, conversationId?: string): DirectLineTokenClaims {
    return this.verifyKind(authorization, conversationId, undefined);
  }

  private verifyKind(authorization: string | undefined, conversationId: string | undefined, kind: 'resume' | undefined): DirectLineTokenClaims {
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
    // A genuine token of the other kind: refused like a forgery, it was never meant for this use.
    if (claims.kind !== kind) throw new DirectLineTokenError('forged');
    if (claims.expiresAt * 1000 <= this.now()) throw new DirectLineTokenError('expired', claims.conversationId);
    if (conversationId !== undefined && claims.conversationId !== conversationId) {
      throw new DirectLineTokenError('wrong-conversation', conversationId);
    }
    return { conversationId: claims.conversationId, userId: claims.userId, expiresAt: claims.expiresAt };
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}

function parseClaims(payload: string): (DirectLineTokenClaims & { kind: 'resume' | undefined }) | undefined {
  try {
    const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { cid?: unknown; uid?: unknown; exp?: unknown; k?: unknown };
    if (typeof raw.cid !== 'string' || typeof raw.uid !== 'string' || typeof raw.exp !== 'number') return undefined;
    if (raw.k !== undefined && raw.k !== 'resume') return undefined;
    return { conversationId: raw.cid, userId: raw.uid, expiresAt: raw.exp, kind: raw.k };
  } catch {
    return undefined;
  }
}
