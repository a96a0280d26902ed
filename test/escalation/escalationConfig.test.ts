/** Escalation settings: read and validated in src/config.ts; notification targets from a per-deployment file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { loadNotifyTargets, OfficeDataError } from '../../src/escalation/offices';

describe('escalation configuration', () => {
  it('has safe defaults: no targets, no SMTP, no webhook, 90 days retention', () => {
    expect(loadConfig({}).escalation).toEqual({
      notifyFile: undefined, smtpUrl: undefined, smtpFrom: 'kakehashi <kakehashi@localhost>', webhookSecret: undefined, retentionDays: 90, notifyIntervalMs: 5000,
    });
  });

  it('reads the variables and refuses bad values, naming the variable', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://bot:pw@mail.example.org:465', CASE_RETENTION_DAYS: '30', NOTIFY_WEBHOOK_SECRET: 'x'.repeat(32), OFFICES_NOTIFY_FILE: '/etc/kakehashi/offices-notify.json' });
    expect(config.escalation).toMatchObject({ smtpUrl: 'smtps://bot:pw@mail.example.org:465', retentionDays: 30, notifyFile: '/etc/kakehashi/offices-notify.json' });
    expect(() => loadConfig({ SMTP_URL: 'http://bot:secret@mail.example.org' })).toThrow(/^SMTP_URL: expected smtp:\/\/… or smtps:\/\/…, got "http:\/\/\*\*\*@mail.example.org"/);
    expect(() => loadConfig({ NOTIFY_WEBHOOK_SECRET: 'short' })).toThrow(/^NOTIFY_WEBHOOK_SECRET: must be at least 16 characters/);
    expect(() => loadConfig({ CASE_RETENTION_DAYS: '0' })).toThrow(/^CASE_RETENTION_DAYS: expected 1–3650/);
  });

  it('loads notification targets per office and refuses unknown offices or bad addresses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-notify-'));
    const file = path.join(dir, 'notify.json');
    fs.writeFileSync(file, JSON.stringify({ 'nrw-japan-kk': { emails: ['desk@example.org'], webhook: { url: 'https://hooks.example.org/k' } } }));
    expect(loadNotifyTargets(file, ['nrw-japan-kk'])).toEqual({ 'nrw-japan-kk': { emails: ['desk@example.org'], webhook: { url: 'https://hooks.example.org/k' } } });
    expect(loadNotifyTargets(undefined, ['nrw-japan-kk'])).toEqual({});
    fs.writeFileSync(file, JSON.stringify({ 'paris-office': { emails: ['a@example.org'] } }));
    expect(() => loadNotifyTargets(file, ['nrw-japan-kk'])).toThrow(OfficeDataError);
    fs.writeFileSync(file, JSON.stringify({ 'nrw-japan-kk': { emails: ['not an address'] } }));
    expect(() => loadNotifyTargets(file, ['nrw-japan-kk'])).toThrow(/is not an e-mail address/);
  });
});
