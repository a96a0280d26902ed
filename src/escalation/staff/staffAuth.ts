/**
 * Who is calling the staff API. Two kinds of bearer token:
 * - the administrator token (`STAFF_TOKEN`): sees every office;
 * - a session token from `POST /staff/api/login`: `s1.<payload>.<HMAC-SHA256>`, payload `{ sub, exp }`,
 *   valid for `sessionTtlSeconds`, for one office's account.
 * Both are compared in constant time on equal-length digests; anything else is a 401.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SupportedLanguage } from '../../i18n/i18n';
import { hashPassword, verifyPassword } from './passwordHash';
import type { StaffAccount } from './staffAccounts';
import { LoginThrottle } from './loginThrottle';

export type StaffPrincipal =
  | { kind: 'admin'; id: 'admin'; name: string; officeIds: undefined; language: undefined }
  | { kind: 'staff'; id: string; name: string; officeIds: [string]; language: SupportedLanguage };

export interface StaffSession {
  token: string;
  expiresAt: string;
  principal: StaffPrincipal;
}

export type LoginResult =
  | { ok: true; session: StaffSession }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface StaffAuthOptions {
  adminToken: string | undefined;
  accounts: StaffAccount[];
  /** HMAC key for session tokens; random per process when undefined. */
  sessionSecret: string | undefined;
  sessionTtlSeconds: number;
  throttle?: LoginThrottle;
  now?: () => number;
}

const SESSION_PREFIX = 's1.';

function sha256(value: string | Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}

export class StaffAuth {
  private readonly adminDigest: Buffer | undefined;
  private readonly accounts: Map<string, StaffAccount>;
  private readonly sessionKey: Buffer;
  private readonly throttle: LoginThrottle;
  private readonly now: () => number;
  /**
   * Verified against when the id is unknown, so a login takes as long for unknown ids as for known ones. Made on the
   * first login (known id or not, so that one costs the same either way), not at start: scrypt takes 16 MB for
   * ≈ 50 ms, and glibc then keeps up to 32 MB of freed memory in its heap instead of returning it.
   */
  private decoyHash: Promise<string> | undefined;

  constructor(private readonly options: StaffAuthOptions) {
    this.adminDigest = options.adminToken ? sha256(options.adminToken) : undefined;
    this.accounts = new Map(options.accounts.map((account) => [account.id, account]));
    this.sessionKey = options.sessionSecret ? sha256(`kakehashi staff session\0${options.sessionSecret}`) : randomBytes(32);
    this.now = options.now ?? Date.now;
    this.throttle = options.throttle ?? new LoginThrottle({ now: this.now });
  }

  /** True when at least one way of logging in is configured. */
  get enabled(): boolean {
    return this.adminDigest !== undefined || this.accounts.size > 0;
  }

  /**
   * Resolves an `Authorization` header to a principal, or undefined (→ 401).
   * @example
   * auth.authenticate(`Bearer ${config.staffToken}`)?.kind; // 'admin'
   */
  authenticate(authorization: string | undefined): StaffPrincipal | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return undefined;
    const token = match[1]!;
    if (token.startsWith(SESSION_PREFIX)) {
      const session = this.verifySession(token);
      if (session) return session;
    }
    if (this.adminDigest && timingSafeEqual(sha256(token), this.adminDigest)) {
      return { kind: 'admin', id: 'admin', name: 'admin', officeIds: undefined, language: undefined };
    }
    return undefined;
  }

  /** Checks an account's password (throttled per id) and issues a session token. */
  async login(id: string, password: string): Promise<LoginResult> {
    const wait = this.throttle.retryAfterMs(id);
    if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
    const account = this.accounts.get(id);
    const decoy = await (this.decoyHash ??= hashPassword(randomBytes(16).toString('hex')));
    const valid = await verifyPassword(password, account?.passwordHash ?? decoy);
    if (!account || !valid) {
      this.throttle.recordFailure(id);
      return { ok: false, reason: 'invalid' };
    }
    this.throttle.recordSuccess(id);
    return { ok: true, session: this.issueSession(account) };
  }

  private issueSession(account: StaffAccount): StaffSession {
    const exp = Math.floor(this.now() / 1000) + this.options.sessionTtlSeconds;
    const payload = Buffer.from(JSON.stringify({ sub: account.id, exp })).toString('base64url');
    const token = `${SESSION_PREFIX}${payload}.${this.sign(payload).toString('base64url')}`;
    return { token, expiresAt: new Date(exp * 1000).toISOString(), principal: principalOf(account) };
  }

  private verifySession(token: string): StaffPrincipal | undefined {
    const [payload, signature, ...rest] = token.slice(SESSION_PREFIX.length).split('.');
    if (!payload || !signature || rest.length > 0) return undefined;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let claims: { sub?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now()) return undefined;
    // An account removed from the file (and the service restarted) loses access even with a live token.
    const account = typeof claims.sub === 'string' ? this.accounts.get(claims.sub) : undefined;
    return account ? principalOf(account) : undefined;
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.sessionKey).update(payload).digest();
  }
}

function principalOf(account: StaffAccount): StaffPrincipal {
  return { kind: 'staff', id: account.id, name: account.name, officeIds: [account.officeId], language: account.language };
}
