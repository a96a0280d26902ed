/**
 * The whole hand-over through the real service: a Japanese user on the Emulator channel asks for a person,
 * consents and describes the request; an NRW.Global Business staff member answers in the console (in German,
 * in a real browser); the reply reaches the user through the Bot Framework connector (a loopback stand-in).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../../support/loopbackConnector';
import { expectRepliesClient, textOf } from '../../support/botFrameworkClient';
import { ACCOUNTS, staffAccountsFile, staffClient } from './support/staffApp';
import { launchChromium, poll, watchPage } from '../../support/browser';

const ADMIN = 'end-to-end-admin-token-0123456789';

describe('staff reply reaches the user (real service)', { timeout: 90_000 }, () => {
  let service: RunningService;
  let connector: LoopbackConnector;
  let browser: Browser;

  beforeAll(async () => {
    connector = await startLoopbackConnector();
    service = await startService({ STAFF_TOKEN: ADMIN, STAFF_ACCOUNTS_FILE: await staffAccountsFile() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await connector?.close();
  });

  it('a case opened in the chat is answered in the console and the user receives the reply', async () => {
    const user = expectRepliesClient(service.url, { locale: 'ja-JP' });
    const say = async (text: string) => textOf(await user.send(text, { serviceUrl: connector.url }));

    await say('デュッセルドルフで日本語が話せる医者（小児科）を探しています。');
    let reply = await say('担当者と話したい');
    if (!/NRW\.Global Business/.test(reply)) reply = await say('NRW');
    expect(reply).toContain('NRW.Global Business');
    await say('はい');
    await say('4歳の子どもの予防接種を受けられる、日本語の通じる小児科を来月までに探しています。');
    const created = await say('スキップ');
    const number = /[A-Z]-\d{2}-\d{4}/.exec(created)?.[0];
    expect(number, created).toBeDefined();

    const listed = await staffClient(service.url, ADMIN)('GET', '/cases');
    const escalation = listed.body.cases.find((c: { number: string }) => c.number === number);
    expect(escalation).toMatchObject({ officeId: 'nrw-global-business', userLanguage: 'ja', status: 'new' });

    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    const problems = watchPage(page, service.url);
    await page.goto(`${service.url}/staff`);
    await page.getByLabel('Konto-ID').fill(ACCOUNTS.anna.id);
    await page.getByLabel('Passwort', { exact: true }).fill(ACCOUNTS.anna.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('button', { name: `Anfrage ${number} öffnen` }).click();
    await page.getByRole('heading', { name: new RegExp(`Anfrage ${number}`) }).waitFor();
    await poll(() => page.locator('#transcript').textContent()).toContain('予防接種');
    expect(await page.locator('#translation-note').textContent()).toContain('Sprache: Japanisch');

    const before = connector.calls.length;
    const answer = 'こんにちは。NRW.Global Business のシュミットです。デュッセルドルフで日本語の通じる小児科を3件ご紹介します。';
    await page.getByLabel('Antwort an die Person').fill(answer);
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await poll(() => page.locator('#status-message').textContent()).toBe('Antwort gesendet.');

    // The user receives it on their channel, marked as coming from the office.
    const calls = await connector.waitFor(before + 1, 10_000);
    const delivered = calls.slice(before).map((call) => call.activity.text ?? '').join('\n');
    expect(delivered).toContain(answer);
    expect(calls.at(-1)!.path).toContain(encodeURIComponent(user.conversationId));

    const stored = await staffClient(service.url, ADMIN)('GET', `/cases/${escalation.id}`);
    expect(stored.body.case.transcript.at(-1)).toMatchObject({ from: 'staff', staffId: 'anna', text: answer });
    expect(stored.body.case.events.some((event: { type: string }) => event.type === 'relay-failed')).toBe(false);
    await page.screenshot({ path: '/tmp/staff-end-to-end.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
