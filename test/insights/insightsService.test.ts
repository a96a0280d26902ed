/**
 * Staff insights in the running service: questions sent through /api/messages show up, redacted and grouped,
 * in /staff/api/insights for the right office; CSV export; "delete my data" removes the user's questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient } from '../support/botFrameworkClient';
import { ACCOUNTS, loginAs, staffAccountsFile, staffClient } from '../escalation/staff/support/staffApp';
import { REDIS_URL } from '../state/redisTestUtils';

const ADMIN = 'insights-admin-token-0123456789abcdef';

describe.each([
  ['memory store', {}],
  ['Redis', { REDIS_URL }],
])('staff insights (%s)', (_name, storeEnv) => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ ...storeEnv, STAFF_TOKEN: ADMIN, STAFF_ACCOUNTS_FILE: await staffAccountsFile() });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('answers 401 without a valid token', async () => {
    expect((await staffClient(service.url)('GET', '/insights')).status).toBe(401);
    expect((await staffClient(service.url, 'not-a-token')('GET', '/insights')).status).toBe(401);
    expect((await fetch(`${service.url}/staff/api/insights/csv/unanswered`)).status).toBe(401);
  });

  it('counts questions by language, region and channel, and lists the poorly answered ones redacted, per office', async () => {
    const german = expectRepliesClient(service.url, { locale: 'de-DE', channelId: 'msteams' });
    await german.send('Wie melde ich meinen Wohnsitz in Düsseldorf an?');
    const english = expectRepliesClient(service.url, { locale: 'en-US' });
    // Words no entry knows: answered with low confidence whatever the knowledge holds.
    const unanswerable = 'I am Anna Schmidt (anna.schmidt@example.org, +49 211 1234567): where can I buy qwertzy plorfs in Düsseldorf?';
    await english.send(unanswerable);
    await english.send('Anna Schmidt again: where can I buy qwertzy plorfs in Düsseldorf, please?');
    const japanese = expectRepliesClient(service.url, { locale: 'ja-JP' });
    await japanese.send('東京で会社を設立する手順を教えて');
    await service.kakehashi.insights.flush();

    const admin = await staffClient(service.url, ADMIN)('GET', '/insights?days=7');
    expect(admin.status).toBe(200);
    const report = admin.body;
    expect(report.questions.total).toBe(4);
    expect(report.questions.perDay.total.at(-1)).toBe(4);
    const languages = Object.fromEntries(report.questions.by.language.map((row: any) => [row.value, row.total]));
    expect(languages).toMatchObject({ de: 1, en: 2, ja: 1 });
    const channels = Object.fromEntries(report.questions.by.channel.map((row: any) => [row.value, row.total]));
    expect(channels).toMatchObject({ msteams: 1, emulator: 3 });
    expect(report.questions.lowConfidence).toBeGreaterThanOrEqual(2);

    const plorfs = report.unanswered.find((group: any) => /plorfs/.test(group.example));
    expect(plorfs.count).toBe(2);
    const texts = [plorfs.example, ...plorfs.others].join(' ');
    for (const secret of ['Anna', 'Schmidt', 'anna.schmidt@example.org', '1234567']) expect(texts).not.toContain(secret);
    expect(texts).toContain('[email]');
    expect(plorfs.closest.length).toBeGreaterThan(0);

    // Anna works for NRW.Global Business: she sees NRW questions only; Kenji (Tokyo office) sees the Tokyo one.
    const nrw = (await staffClient(service.url, await loginAs(service.url, ACCOUNTS.anna))('GET', '/insights?days=7')).body;
    expect(nrw.questions.by.region.map((row: any) => row.value)).toEqual(['nrw']);
    expect(nrw.unanswered.some((group: any) => /plorfs/.test(group.example))).toBe(true);
    const tokyo = (await staffClient(service.url, await loginAs(service.url, ACCOUNTS.kenji))('GET', '/insights?days=7')).body;
    expect(tokyo.questions.by.region.map((row: any) => row.value)).toEqual(['tokyo']);
    expect(tokyo.unanswered).toEqual([]);

    const csv = await fetch(`${service.url}/staff/api/insights/csv/languages?days=7`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?kakehashi-insights-languages-/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['value', 'total']);
    expect(lines.some((line) => line.startsWith('en,2,'))).toBe(true);

    expect((await staffClient(service.url, ADMIN)('GET', '/insights?days=0')).status).toBe(400);
    expect((await staffClient(service.url, ADMIN)('GET', '/insights/csv/passwords')).status).toBe(404);

    // "delete my data" removes the user's questions; the counts stay (they hold nothing personal).
    await english.send('delete my data');
    const after = (await staffClient(service.url, ADMIN)('GET', '/insights?days=7')).body;
    expect(after.unanswered.some((group: any) => /plorfs/.test(group.example))).toBe(false);
    expect(after.questions.total).toBe(4);
  });
});
