/** The staff console in a real browser (Debian's Chromium, headless): log in, open a case, reply, change status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, poll, watchPage } from '../../support/browser';
import { ACCOUNTS, ADMIN_TOKEN, startStaffApp, type StaffApp } from './support/staffApp';
import { sampleCase } from './support/memoryCaseService';

describe('staff console (browser)', { timeout: 60_000 }, () => {
  let app: StaffApp;
  let browser: Browser;
  const nrwCase = sampleCase({
    officeId: 'nrw-global-business',
    topic: 'company',
    events: [
      { at: '2026-11-24T09:00:00Z', type: 'created' },
      { at: '2026-11-24T09:00:01Z', type: 'notify-failed', detail: 'smtp: connection refused' },
    ],
  });
  const translatedCase = sampleCase({
    officeId: 'nrw-global-business',
    topic: 'healthcare',
    transcript: [
      { at: '2026-11-24T09:10:00Z', from: 'user', text: '日本語が話せる小児科を探しています。', language: 'ja', translation: { language: 'de', text: 'Ich suche einen Kinderarzt, der Japanisch spricht.' } },
    ],
  });
  const tokyoCase = sampleCase({ officeId: 'tmg-commerce-industry', topic: 'housing', userLanguage: 'de' });

  beforeAll(async () => {
    app = await startStaffApp();
    for (const escalation of [nrwCase, translatedCase, tokyoCase]) app.cases.add(escalation);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('an office account logs in, sees the console in its language, answers a case and claims it', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    const problems = watchPage(page, app.url);
    await page.goto(`${app.url}/staff`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByLabel('Account ID').fill(ACCOUNTS.anna.id);
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await poll(() => page.locator('#login-error').textContent()).toBe('Wrong account ID or password.');

    await page.getByLabel('Password', { exact: true }).fill(ACCOUNTS.anna.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // Anna's account says German: the console reloads in German and keeps her signed in.
    await page.waitForURL(/lang=de/);
    await page.getByRole('heading', { name: 'Anfragen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await poll(() => page.locator('#who-name').textContent()).toBe('Angemeldet als Anna Schmidt');

    const rows = page.locator('#case-rows tr');
    await poll(() => rows.count()).toBe(2);
    expect(await page.locator('#case-rows').textContent()).not.toContain(tokyoCase.number);
    const flagged = rows.filter({ hasText: nrwCase.number });
    expect(await flagged.textContent()).toContain('Benachrichtigung fehlgeschlagen');
    expect(await flagged.textContent()).toContain('Japanisch');
    expect(await flagged.textContent()).toContain('Neu');

    await page.getByRole('button', { name: `Anfrage ${nrwCase.number} öffnen` }).click();
    await page.getByRole('heading', { name: new RegExp(`Anfrage ${nrwCase.number}`) }).waitFor();
    const transcript = page.locator('#transcript');
    expect(await transcript.textContent()).toContain('GmbHの設立について相談したいです。');
    expect(await transcript.textContent()).toContain('Sprache: Japanisch');
    expect(await page.locator('#translation-note').textContent()).toContain('Originaltext der Person (Sprache: Japanisch)');
    expect(await page.locator('#case-notify-failed').isVisible()).toBe(true);

    await page.getByLabel('Antwort an die Person').fill('Guten Tag! Für den Notartermin empfehlen wir …');
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await poll(() => app.cases.staffMessages).toContainEqual({ caseId: nrwCase.id, staffId: 'anna', text: 'Guten Tag! Für den Notartermin empfehlen wir …' });
    await poll(() => page.locator('#status-message').textContent()).toBe('Antwort gesendet.');
    expect(await transcript.textContent()).toContain('Mitarbeitende (anna)');
    expect(await page.getByLabel('Antwort an die Person').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await poll(() => page.locator('#case-heading').textContent()).toBe(`Anfrage ${nrwCase.number} – Übernommen`);
    expect(app.cases.statusChanges).toContainEqual({ caseId: nrwCase.id, status: 'claimed', staffId: 'anna' });
    expect(await page.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);

    await page.screenshot({ path: '/tmp/staff.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the case a notification links to after login, with the translation next to the original', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${app.url}/staff#case=${translatedCase.id}`);
    await page.getByLabel('Konto-ID').fill(ACCOUNTS.anna.id);
    await page.getByLabel('Passwort', { exact: true }).fill(ACCOUNTS.anna.password);
    await page.getByLabel('Passwort', { exact: true }).press('Enter');
    await page.getByRole('heading', { name: new RegExp(`Anfrage ${translatedCase.number}`) }).waitFor();
    const line = page.locator('#transcript li').first();
    await poll(() => line.textContent()).toContain('日本語が話せる小児科を探しています。');
    expect(await line.textContent()).toContain('Übersetzung (Deutsch): Ich suche einen Kinderarzt, der Japanisch spricht.');
    await context.close();
  });

  it('works by keyboard alone: the administrator signs in with the token in Japanese and opens a case', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    const problems = watchPage(page, app.url);
    await page.goto(`${app.url}/staff`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    // Tab to the "administrator" disclosure: account id, password, sign in, summary.
    await page.locator('#login-id').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN_TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await poll(() => page.locator('#who-name').textContent()).toBe('管理者（すべての窓口）');
    await poll(() => page.locator('#case-rows tr').count()).toBe(3);

    await page.getByRole('button', { name: `案件 ${tokyoCase.number} を開く` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`案件 ${tokyoCase.number}`) }).waitFor();
    expect(await page.locator('#translation-note').textContent()).toContain('言語：ドイツ語');
    await page.getByRole('button', { name: '一覧に戻る' }).press('Enter');
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.caseId)).toBe(tokyoCase.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refreshes the list by itself every 10 seconds', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${app.url}/staff`);
    await page.getByText('Administrator: sign in with the token').click();
    await page.getByLabel('Administrator token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in with token' }).click();
    const rows = page.locator('#case-rows tr');
    await poll(() => rows.count()).toBeGreaterThan(0);
    const before = await rows.count();
    const arrived = app.cases.add(sampleCase({ officeId: 'nrw-japan-kk', topic: 'introduction' }));
    await page.clock.runFor(10_500);
    await poll(() => page.locator('#case-rows').textContent()).toContain(arrived.number);
    expect(await rows.count()).toBe(before + 1);
    expect(await rows.first().textContent()).toContain('Introductions');
    await context.close();
  });

  it('serves the page with a same-origin content security policy and no inline script', async () => {
    const response = await fetch(`${app.url}/staff`, { headers: { 'accept-language': 'de' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|https?:/);
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*(src="\/staff\/console\.js"|type="application\/json"))/);
    expect(html).toContain('<html lang="de">');
  });
});
