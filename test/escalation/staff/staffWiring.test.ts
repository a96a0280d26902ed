/** The staff routes inside the real service (startService): configuration from the environment. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startService } from '../../support/startService';
import { StaffAccountsError } from '../../../src/escalation/staff/staffAccounts';
import { MemoryCaseService, sampleCase } from './support/memoryCaseService';
import { ACCOUNTS, loginAs, staffAccountsFile, staffClient } from './support/staffApp';

const TOKEN = 'service-admin-token-0123456789abcdef';

describe('staff routes in the service', () => {
  it('reads STAFF_TOKEN and STAFF_ACCOUNTS_FILE and serves the console and API', async () => {
    const cases = new MemoryCaseService();
    const escalation = cases.add(sampleCase({ officeId: 'nrw-global-business' }));
    const service = await startService(
      { STAFF_TOKEN: TOKEN, STAFF_ACCOUNTS_FILE: await staffAccountsFile(), STAFF_SESSION_SECRET: 'x'.repeat(40), STAFF_SESSION_TTL_SECONDS: '900' },
      { caseService: cases },
    );
    try {
      const page = await fetch(`${service.url}/staff`, { headers: { 'accept-language': 'ja,en;q=0.5' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('窓口スタッフ用コンソール');
      expect((await fetch(`${service.url}/staff/console.js`)).headers.get('content-type')).toMatch(/javascript/);

      expect((await staffClient(service.url)('GET', '/cases')).status).toBe(401);
      expect((await staffClient(service.url, TOKEN)('GET', `/cases/${escalation.id}`)).body.case.number).toBe(escalation.number);

      const login = await staffClient(service.url)('POST', '/login', { id: 'anna', password: ACCOUNTS.anna.password });
      expect(Date.parse(login.body.expiresAt) - Date.now()).toBeLessThanOrEqual(900_000);
      const me = await staffClient(service.url, await loginAs(service.url, ACCOUNTS.anna))('GET', '/me');
      expect(me.body).toMatchObject({ staff: { id: 'anna', officeId: 'nrw-global-business' }, translationAvailable: false });
      expect(me.body.regions.map((region: { id: string }) => region.id)).toEqual(expect.arrayContaining(['tokyo', 'nrw']));
    } finally {
      await service.stop();
    }
  });

  it('refuses to start with a broken accounts file, naming the problem', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-staff-'));
    const file = path.join(dir, 'accounts.json');
    fs.writeFileSync(file, JSON.stringify([{ id: 'anna', officeId: 'nowhere', name: 'Anna', language: 'de', passwordHash: 'x' }]));
    await expect(startService({ STAFF_ACCOUNTS_FILE: file }, { caseService: new MemoryCaseService() })).rejects.toThrow(StaffAccountsError);
    await expect(startService({ STAFF_ACCOUNTS_FILE: file }, { caseService: new MemoryCaseService() })).rejects.toThrow(/"officeId" must be one of/);
  });

  it('STAFF_TOKEN and STAFF_SESSION_SECRET must be long enough', async () => {
    await expect(startService({ STAFF_SESSION_SECRET: 'short' })).rejects.toThrow(/^STAFF_SESSION_SECRET: must be at least 32 characters/);
    await expect(startService({ STAFF_TOKEN: 'letmein' })).rejects.toThrow(/^STAFF_TOKEN: must be at least 24 characters/);
  });
});
