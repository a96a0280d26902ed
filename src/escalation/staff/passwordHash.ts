/**
 * Staff passwords are stored as scrypt hashes with a per-account random salt:
 * `scrypt$<N>$<r>$<p>$<salt, base64url>$<hash, base64url>`. Parameters are kept in the line so they can be
 * raised later without invalidating existing accounts.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const DEFAULT_COST = { N: 16_384, r: 8, p: 1 };
/** Upper bounds when reading a hash line, so a bad file cannot make a login use gigabytes of memory. */
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

export class PasswordHashFormatError extends Error {
  override name = 'PasswordHashFormatError';
  constructor(reason: string) {
    super(`password hash: ${reason}; expected scrypt$N$r$p$salt$hash (make one with scripts/staff-account.ts)`);
  }
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function memoryFor({ N, r }: { N: number; r: number }): number {
  return 256 * N * r + 1024 * 1024;
}

/** Checks a hash line; throws {@link PasswordHashFormatError} naming what is wrong. */
export function parsePasswordHash(line: string): ParsedHash {
  const parts = line.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') throw new PasswordHashFormatError('not a scrypt hash line');
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d+$/.test(part!) ? Number(part) : NaN)) as [number, number, number];
  if (!(N >= 2 && N <= MAX_N && (N & (N - 1)) === 0)) throw new PasswordHashFormatError('N must be a power of two up to 2^20');
  if (!(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) throw new PasswordHashFormatError('r or p out of range');
  const salt = Buffer.from(parts[4]!, 'base64url');
  const hash = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 16) throw new PasswordHashFormatError('salt shorter than 16 bytes');
  if (hash.length !== KEY_LENGTH) throw new PasswordHashFormatError(`hash is not ${KEY_LENGTH} bytes`);
  return { N, r, p, salt, hash };
}

/**
 * @example
 * const line = await hashPassword('correct horse battery staple');
 * await verifyPassword('correct horse battery staple', line); // true
 */
export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, { ...cost, maxmem: memoryFor(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Constant-time comparison of the derived key with the stored one. */
export async function verifyPassword(password: string, line: string): Promise<boolean> {
  const parsed = parsePasswordHash(line);
  const derived = await scrypt(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p, maxmem: memoryFor(parsed) });
  return timingSafeEqual(derived, parsed.hash);
}
