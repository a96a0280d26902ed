/**
 * The printable plan in a real browser (Debian's Chromium): the signed link from the chat opens the plan in the
 * user's language with numbered steps and a done mark, nothing leaves the host, it prints to a PDF page; a forged
 * link gets 404 and an expired one 410.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient } from '../support/botFrameworkClient';
import { launchChromium, watchPage } from '../support/browser';

describe('printable plan page (Chromium)', () => {
  let service: RunningService;
  let browser: Browser;
  let now = new Date();
  beforeAll(async () => {
    service = await startService({ PUBLIC_BASE_URL: 'https://kakehashi.example' }, { plans: { clock: () => now } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service.stop();
  });

  async function planLink(): Promise<string> {
    const client = expectRepliesClient(service.url, { locale: 'ja-JP' });
    await client.send('引っ越しのチェックリストを作って');
    await client.send('NRW');
    for (const answer of ['デュッセルドルフ', '2027-03-03', '必要（日本国籍など）', '子どもはいない']) await client.send(answer);
    await client.send('ドイツで雇用される');
    const replies = await client.send('1番完了');
    const link = JSON.stringify(replies).match(/https:\/\/kakehashi\.example\/plans\/[A-Za-z0-9_.-]+/)?.[0];
    expect(link).toBeDefined();
    return link!.replace('https://kakehashi.example', service.url);
  }

  it('opens the plan in Japanese with numbered steps, the done mark and sources, and prints', async () => {
    const url = await planLink();
    const page = await browser.newPage();
    const problems = watchPage(page, service.url);
    const response = await page.goto(url);
    expect(response!.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect(page.locator('h1').innerText()).resolves.toBe('NRW州への引っ越しプラン');
    const steps = page.locator('ol > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(5);
    await expect(steps.nth(0).innerText()).resolves.toMatch(/✅ 住民登録（Anmeldung）をする[\s\S]*2027年3月17日まで/);
    await expect(steps.nth(1).locator('.title').innerText()).resolves.toMatch(/^☐ 滞在許可を申請する/);
    await expect(page.locator('.sources a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();

    // The same plan as a PDF built by pdfkit with the Japanese font embedded.
    const served = await fetch(`${url}.pdf`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansJP/);
  });

  it('refuses a forged link (404) and an expired one (410)', async () => {
    const url = await planLink();
    const forged = url.slice(0, -3) + (url.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await fetch(forged)).status).toBe(404);
    now = new Date(now.getTime() + 25 * 3_600_000);
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    now = new Date();
  });
});
