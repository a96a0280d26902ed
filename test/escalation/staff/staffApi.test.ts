import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, ADMIN_TOKEN, loginAs, startStaffApp, staffClient, type StaffApp } from './support/staffApp';
import { sampleCase } from './support/memoryCaseService';
import { MAX_STAFF_MESSAGE_LENGTH } from '../../../src/escalation/staff/staffApi';
import { LoginThrottle } from '../../../src/escalation/staff/loginThrottle';

describe('staff API', () => {
  let app: StaffApp;
  let annaToken: string;
  const nrwCase = sampleCase({ officeId: 'nrw-global-business', createdAt: '2026-11-20T08:00:00.000Z' });
  const nrwNewer = sampleCase({ officeId: 'nrw-global-business', status: 'claimed', createdAt: '2026-11-22T08:00:00.000Z' });
  const tokyoCase = sampleCase({ officeId: 'tmg-commerce-industry', userLanguage: 'de', createdAt: '2026-11-21T08:00:00.000Z' });

  beforeAll(async () => {
    app = await startStaffApp();
    for (const escalation of [nrwCase, nrwNewer, tokyoCase]) app.cases.add(escalation);
    annaToken = await loginAs(app.url, ACCOUNTS.anna);
  });
  afterAll(() => app?.stop());

  describe('authentication', () => {
    it.each([
      ['no header', undefined],
      ['a wrong token', 'Bearer not-the-token'],
      ['the admin token with one character changed', `Bearer ${ADMIN_TOKEN.slice(0, -1)}x`],
      ['a basic header', `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}`],
      ['a forged session token', 'Bearer s1.eyJzdWIiOiJhbm5hIiwiZXhwIjo5OTk5OTk5OTk5fQ.AAAA'],
    ])('refuses %s with 401 and processes nothing', async (_label, authorization) => {
      const response = await fetch(`${app.url}/staff/api/cases/${nrwCase.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ text: 'hello' }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await response.json()).error.reason).toMatch(/bearer token/);
      expect(app.cases.staffMessages).toEqual([]);
      expect((await staffClient(app.url)('GET', '/cases')).status).toBe(401);
    });

    it('the admin token sees every office, newest first', async () => {
      const response = await staffClient(app.url, ADMIN_TOKEN)('GET', '/cases');
      expect(response.status).toBe(200);
      expect(response.body.cases.map((c: { id: string }) => c.id)).toEqual([nrwNewer.id, tokyoCase.id, nrwCase.id]);
      const me = await staffClient(app.url, ADMIN_TOKEN)('GET', '/me');
      expect(me.body.staff).toMatchObject({ kind: 'admin' });
      expect(me.body.offices).toHaveLength(15); // 4 Tokyo ⇄ NRW offices + 11 of Tsu ⇄ Paris Region/Geneva
    });

    it('an office account logs in and gets a short-lived session token', async () => {
      const response = await staffClient(app.url)('POST', '/login', { id: 'anna', password: ACCOUNTS.anna.password });
      expect(response.status).toBe(200);
      expect(response.body.token).toMatch(/^s1\./);
      expect(Date.parse(response.body.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
      expect(Date.parse(response.body.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
      expect(response.body.staff).toEqual({ kind: 'staff', id: 'anna', name: 'Anna Schmidt', officeId: 'nrw-global-business', language: 'de' });
      const me = await staffClient(app.url, response.body.token)('GET', '/me');
      expect(me.status).toBe(200);
      expect(me.body.offices.map((office: { id: string }) => office.id)).toEqual(['nrw-global-business']);
    });

    it.each([
      ['a wrong password', { id: 'kenji', password: 'not-kenjis-password' }],
      ['an unknown account', { id: 'nobody', password: 'whatever-password' }],
      ["another account's password", { id: 'kenji', password: ACCOUNTS.anna.password }],
    ])('refuses %s with 401', async (_label, credentials) => {
      const response = await staffClient(app.url)('POST', '/login', credentials);
      expect(response.status).toBe(401);
      expect(response.body.error.reason).toBe('wrong account id or password');
      expect(response.body.token).toBeUndefined();
    });

    it.each([
      [{}, 'id is required'],
      [{ id: 'anna' }, 'password is required'],
      [{ id: 'anna', password: 42 }, 'password is required'],
      [[], 'expected a JSON object body'],
    ])('refuses a malformed login %j with 400', async (body, reason) => {
      const response = await staffClient(app.url)('POST', '/login', body);
      expect(response.status).toBe(400);
      expect(response.body.error.reason).toBe(reason);
    });

    it('a session token with a changed payload is refused', async () => {
      const [, payload, signature] = annaToken.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'kenji' })).toString('base64url');
      expect((await staffClient(app.url, `s1.${forged}.${signature}`)('GET', '/cases')).status).toBe(401);
    });
  });

  describe('office isolation', () => {
    it("lists only the account's office", async () => {
      const response = await staffClient(app.url, annaToken)('GET', '/cases');
      expect(response.body.cases.map((c: { id: string }) => c.id)).toEqual([nrwNewer.id, nrwCase.id]);
    });

    it("another office's case is invisible (404) and cannot be answered or changed", async () => {
      const anna = staffClient(app.url, annaToken);
      const read = await anna('GET', `/cases/${tokyoCase.id}`);
      expect(read.status).toBe(404);
      expect(read.body.error.reason).toBe('no such case');
      expect((await anna('POST', `/cases/${tokyoCase.id}/messages`, { text: 'Hallo' })).status).toBe(404);
      expect((await anna('POST', `/cases/${tokyoCase.id}/status`, { status: 'claimed' })).status).toBe(404);
      expect(app.cases.staffMessages.filter((call) => call.caseId === tokyoCase.id)).toEqual([]);
      expect(app.cases.statusChanges.filter((call) => call.caseId === tokyoCase.id)).toEqual([]);
    });

    it('the other office sees its own case', async () => {
      const kenji = staffClient(app.url, await loginAs(app.url, ACCOUNTS.kenji));
      expect((await kenji('GET', `/cases/${tokyoCase.id}`)).body.case.officeId).toBe('tmg-commerce-industry');
      expect((await kenji('GET', `/cases/${nrwCase.id}`)).status).toBe(404);
    });
  });

  describe('cases', () => {
    it('shows a case without the conversation reference or channel user id', async () => {
      const response = await staffClient(app.url, annaToken)('GET', `/cases/${nrwCase.id}`);
      expect(response.status).toBe(200);
      expect(response.body.case).toMatchObject({ id: nrwCase.id, number: nrwCase.number, description: nrwCase.description, userLanguage: 'ja' });
      expect(response.body.case.transcript).toHaveLength(2);
      expect(response.body.case.reference).toBeUndefined();
      expect(response.body.case.userId).toBeUndefined();
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('unknown case → 404', async () => {
      const admin = staffClient(app.url, ADMIN_TOKEN);
      expect((await admin('GET', '/cases/does-not-exist')).status).toBe(404);
      expect((await admin('POST', '/cases/does-not-exist/messages', { text: 'hi' })).status).toBe(404);
      expect((await admin('POST', '/cases/does-not-exist/status', { status: 'resolved' })).status).toBe(404);
    });

    it('filters by status', async () => {
      const admin = staffClient(app.url, ADMIN_TOKEN);
      expect((await admin('GET', '/cases?status=claimed')).body.cases.map((c: { id: string }) => c.id)).toEqual([nrwNewer.id]);
      expect((await admin('GET', '/cases?status=new,claimed')).body.cases).toHaveLength(3);
      const invalid = await admin('GET', '/cases?status=open');
      expect(invalid.status).toBe(400);
      expect(invalid.body.error).toMatchObject({ reason: 'unknown status: open', allowed: ['new', 'claimed', 'answered', 'resolved'] });
    });

    it('flags a case whose notification failed until a later notification succeeds', async () => {
      const failed = app.cases.add(sampleCase({ events: [{ at: '2026-11-24T09:00:00Z', type: 'created' }, { at: '2026-11-24T09:00:01Z', type: 'notify-failed', detail: 'smtp' }] }));
      const recovered = app.cases.add(
        sampleCase({
          events: [
            { at: '2026-11-24T09:00:00Z', type: 'notify-failed' },
            { at: '2026-11-24T09:05:00Z', type: 'notified' },
          ],
        }),
      );
      const cases = (await staffClient(app.url, annaToken)('GET', '/cases')).body.cases as { id: string; notifyFailed: boolean }[];
      expect(cases.find((c) => c.id === failed.id)?.notifyFailed).toBe(true);
      expect(cases.find((c) => c.id === recovered.id)?.notifyFailed).toBe(false);
    });
  });

  describe('staff messages', () => {
    it('passes the reply with the staff id to the case service', async () => {
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${nrwCase.id}/messages`, { text: '  Guten Tag, wir helfen gern.  ' });
      expect(response.status).toBe(201);
      expect(app.cases.staffMessages).toContainEqual({ caseId: nrwCase.id, staffId: 'anna', text: 'Guten Tag, wir helfen gern.' });
      expect(response.body.case.transcript.at(-1)).toMatchObject({ from: 'staff', staffId: 'anna', text: 'Guten Tag, wir helfen gern.' });
    });

    it('the admin replies as "admin"', async () => {
      await staffClient(app.url, ADMIN_TOKEN)('POST', `/cases/${tokyoCase.id}/messages`, { text: 'Hello' });
      expect(app.cases.staffMessages).toContainEqual({ caseId: tokyoCase.id, staffId: 'admin', text: 'Hello' });
    });

    it.each([
      ['no text', {}, 'text is required'],
      ['a number', { text: 5 }, 'text is required'],
      ['empty text', { text: '' }, 'text is empty'],
      ['only spaces', { text: '   \n ' }, 'text is empty'],
      ['over-long text', { text: 'a'.repeat(MAX_STAFF_MESSAGE_LENGTH + 1) }, `text is longer than ${MAX_STAFF_MESSAGE_LENGTH} characters`],
      ['a JSON array', ['hi'], 'expected a JSON object body'],
    ])('refuses %s with 400 and a reason', async (_label, body, reason) => {
      const before = app.cases.staffMessages.length;
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${nrwCase.id}/messages`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.reason).toBe(reason);
      expect(app.cases.staffMessages.length).toBe(before);
    });

    it("an anonymised case answers 409 with the service's reason", async () => {
      const closed = app.cases.add(sampleCase({ anonymisedAt: '2026-11-23T00:00:00Z', description: '' }));
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${closed.id}/messages`, { text: 'Hallo' });
      expect(response.status).toBe(409);
      expect(response.body.error.reason).toBe('case is anonymised');
    });

    it('refuses malformed JSON with 400', async () => {
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${nrwCase.id}/messages`, '{"text": ');
      expect(response.status).toBe(400);
      expect(response.body.error.reason).toBe('malformed JSON');
    });
  });

  describe('status', () => {
    it.each(['claimed', 'answered', 'resolved'] as const)('sets %s', async (status) => {
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${nrwCase.id}/status`, { status });
      expect(response.status).toBe(200);
      expect(response.body.case.status).toBe(status);
      expect(app.cases.statusChanges.at(-1)).toEqual({ caseId: nrwCase.id, status, staffId: 'anna' });
    });

    it.each([[{}], [{ status: 'new' }], [{ status: 'done' }], [{ status: ['resolved'] }]])('refuses %j with 400', async (body) => {
      const response = await staffClient(app.url, annaToken)('POST', `/cases/${nrwCase.id}/status`, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ reason: 'status must be one of claimed, answered, resolved', allowed: ['claimed', 'answered', 'resolved'] });
    });
  });
});

describe('staff login throttling', () => {
  it('locks an id out after repeated failures (429 with Retry-After), leaving other ids alone', async () => {
    let now = Date.now();
    const app = await startStaffApp({ throttle: new LoginThrottle({ freeFailures: 2, baseDelayMs: 60_000, now: () => now }) });
    try {
      const client = staffClient(app.url);
      expect((await client('POST', '/login', { id: 'anna', password: 'wrong-1' })).status).toBe(401);
      expect((await client('POST', '/login', { id: 'anna', password: 'wrong-2' })).status).toBe(401);
      expect((await client('POST', '/login', { id: 'anna', password: 'wrong-3' })).status).toBe(401);
      const locked = await client('POST', '/login', { id: 'anna', password: ACCOUNTS.anna.password });
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('60');
      expect((await client('POST', '/login', { id: 'kenji', password: ACCOUNTS.kenji.password })).status).toBe(200);
      now += 61_000;
      expect((await client('POST', '/login', { id: 'anna', password: ACCOUNTS.anna.password })).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('without STAFF_TOKEN no bearer string is taken for an admin token', async () => {
    const app = await startStaffApp({ adminToken: undefined });
    try {
      expect((await staffClient(app.url, 'anything')('GET', '/cases')).status).toBe(401);
      expect((await staffClient(app.url, '')('GET', '/cases')).status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});
