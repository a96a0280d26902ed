import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from '../../../src/escalation/staff/passwordHash';
import { parseStaffAccounts, StaffAccountsError } from '../../../src/escalation/staff/staffAccounts';
import { StaffAuth } from '../../../src/escalation/staff/staffAuth';
import { LoginThrottle } from '../../../src/escalation/staff/loginThrottle';
import { negotiateConsoleLanguage } from '../../../src/escalation/staff/consoleLanguage';

const root = path.resolve(import.meta.dirname, '../../..');
const OFFICES = ['nrw-global-business', 'tmg-commerce-industry'];

describe('password hashes', () => {
  it('verifies the right password only, with a different salt each time', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', first)).toBe(false);
  });

  it.each([
    ['plain text', 'hunter2'],
    ['huge cost', 'scrypt$2097152$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['N not a power of two', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['short salt', 'scrypt$16384$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses %s', (_label, line) => {
    expect(() => parsePasswordHash(line)).toThrow(/password hash/);
  });

  it('scripts/staff-account.ts prints a hash line and an account line for a password on stdin', async () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/staff-account.ts', ...args], { cwd: root, input: 'a long passphrase\n', encoding: 'utf8' });
    const hashOnly = run([]);
    expect(hashOnly.status).toBe(0);
    expect(await verifyPassword('a long passphrase', hashOnly.stdout.trim())).toBe(true);
    const account = JSON.parse(run(['anna', 'nrw-global-business', 'Anna Schmidt', 'de']).stdout);
    expect(account).toMatchObject({ id: 'anna', officeId: 'nrw-global-business', name: 'Anna Schmidt', language: 'de' });
    expect(parseStaffAccounts([account], OFFICES)).toHaveLength(1);
    const short = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/staff-account.ts'], { cwd: root, input: 'short', encoding: 'utf8' });
    expect(short.status).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
  });
});

describe('staff accounts file', () => {
  const hash = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  const good = { id: 'anna', officeId: 'nrw-global-business', name: 'Anna', language: 'de', passwordHash: hash };

  it.each([
    ['not an array', { accounts: [] }, /JSON array/],
    ['an unknown office', [{ ...good, officeId: 'osaka' }], /officeId/],
    ['a duplicate id', [good, good], /duplicate id "anna"/],
    ['an unsupported language', [{ ...good, language: 'pt' }], /language/],
    ['a plain-text password', [{ ...good, passwordHash: 'secret' }], /\(anna\): password hash/],
    ['an id with spaces', [{ ...good, id: 'anna schmidt' }], /"id"/],
  ])('refuses %s, naming the problem', (_label, data, message) => {
    expect(() => parseStaffAccounts(data, OFFICES)).toThrow(StaffAccountsError);
    expect(() => parseStaffAccounts(data, OFFICES)).toThrow(message);
  });
});

describe('session tokens', () => {
  it('expire after the configured lifetime and are bound to the signing secret', async () => {
    let now = Date.UTC(2026, 10, 24, 9);
    const accounts = [{ id: 'anna', officeId: 'nrw-global-business', name: 'Anna', language: 'de' as const, passwordHash: await hashPassword('anna-password-123') }];
    const auth = new StaffAuth({ adminToken: undefined, accounts, sessionSecret: 's'.repeat(32), sessionTtlSeconds: 600, now: () => now });
    const result = await auth.login('anna', 'anna-password-123');
    if (!result.ok) throw new Error('login failed');
    expect(auth.authenticate(`Bearer ${result.session.token}`)).toMatchObject({ kind: 'staff', id: 'anna', officeIds: ['nrw-global-business'] });
    const sameSecret = new StaffAuth({ adminToken: undefined, accounts, sessionSecret: 's'.repeat(32), sessionTtlSeconds: 600, now: () => now });
    expect(sameSecret.authenticate(`Bearer ${result.session.token}`)?.id).toBe('anna');
    const otherSecret = new StaffAuth({ adminToken: undefined, accounts, sessionSecret: 't'.repeat(32), sessionTtlSeconds: 600, now: () => now });
    expect(otherSecret.authenticate(`Bearer ${result.session.token}`)).toBeUndefined();
    const accountRemoved = new StaffAuth({ adminToken: undefined, accounts: [], sessionSecret: 's'.repeat(32), sessionTtlSeconds: 600, now: () => now });
    expect(accountRemoved.authenticate(`Bearer ${result.session.token}`)).toBeUndefined();
    now += 601_000;
    expect(auth.authenticate(`Bearer ${result.session.token}`)).toBeUndefined();
  });

  it('without STAFF_TOKEN and accounts nothing authenticates', () => {
    const auth = new StaffAuth({ adminToken: undefined, accounts: [], sessionSecret: undefined, sessionTtlSeconds: 600 });
    expect(auth.enabled).toBe(false);
    expect(auth.authenticate('Bearer ')).toBeUndefined();
    expect(auth.authenticate('Bearer undefined')).toBeUndefined();
  });
});

describe('login throttle', () => {
  it('doubles the lock-out per failure past the free ones, caps it, and forgets after a success', () => {
    let now = 0;
    const throttle = new LoginThrottle({ freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 4000, now: () => now });
    const delays = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      throttle.recordFailure('anna');
      delays.push(throttle.retryAfterMs('anna'));
    }
    expect(delays).toEqual([0, 0, 0, 1000, 2000, 4000]);
    now += 4000;
    expect(throttle.retryAfterMs('anna')).toBe(0);
    throttle.recordSuccess('anna');
    throttle.recordFailure('anna');
    expect(throttle.retryAfterMs('anna')).toBe(0);
  });

  it('tracks a bounded number of ids', () => {
    const throttle = new LoginThrottle({ freeFailures: 0, maxTracked: 2 });
    for (const id of ['a', 'b', 'c']) throttle.recordFailure(id);
    expect(throttle.retryAfterMs('a')).toBe(0);
    expect(throttle.retryAfterMs('c')).toBeGreaterThan(0);
  });
});

describe('console language', () => {
  it.each([
    ['ja', undefined, 'ja', 'query'],
    ['pt', 'de-DE,de;q=0.9', 'de', 'header'],
    [undefined, 'pt-BR, en;q=0.5, ja;q=0.8', 'ja', 'header'],
    [undefined, 'pt-BR', 'en', 'default'],
    ['fr', undefined, 'fr', 'query'],
    [undefined, 'fr-CH, de;q=0.8', 'fr', 'header'],
    [undefined, undefined, 'en', 'default'],
    [undefined, 'de;q=0, en', 'en', 'header'],
  ])('lang=%s, Accept-Language %s → %s (%s)', (query, header, language, source) => {
    expect(negotiateConsoleLanguage(query, header)).toEqual({ language, source });
  });
});
