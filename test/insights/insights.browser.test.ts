/** The insights page in Debian's Chromium: an administrator signs in at /staff, opens /staff/insights, sees charts and the to-do list, downloads a CSV. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, poll, watchPage } from '../support/browser';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient } from '../support/botFrameworkClient';

const ADMIN = 'insights-browser-admin-token-0123456789';

describe('staff insights page (browser)', { timeout: 90_000 }, () => {
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    service = await startService({ STAFF_TOKEN: ADMIN });
    for (const [text, locale, channelId] of [
      ['Wie melde ich meinen Wohnsitz in Düsseldorf an?', 'de-DE', 'msteams'],
      ['デュッセルドルフで日本語が話せる小児科', 'ja-JP', 'webchat'],
      ['How do I register a company in Tokyo?', 'en-US', 'emulator'],
      ['My name is Tom Baker, where can I buy qwertzy plorfs in Düsseldorf?', 'en-US', 'emulator'],
    ] as const) {
      await expectRepliesClient(service.url, { locale, channelId }).send(text);
    }
    await service.kakehashi.insights.flush();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('shows counts, charts and the redacted questions the bot could not answer, in the staff member’s language', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 1400 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchPage(page, service.url);
    await page.goto(`${service.url}/staff/insights`);
    await page.locator('#sign-in').waitFor();
    expect(await page.locator('#sign-in').textContent()).toContain('Melden Sie sich zuerst in der Konsole an');

    await page.goto(`${service.url}/staff`);
    await page.locator('details summary').click();
    await page.locator('#login-token').fill(ADMIN);
    await page.locator('#token-form button[type=submit]').click();
    await page.locator('#cases').waitFor();
    await page.goto(`${service.url}/staff/insights`);
    await poll(() => page.getAttribute('body', 'data-loaded')).toBe('true');

    expect(await page.locator('h1').textContent()).toBe('kakehashi – Auswertung');
    expect(await page.locator('[data-metric=questions] dd').textContent()).toBe('4');
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll("canvas")).map((canvas) => {
        const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: unknown[] } } | undefined } }).Chart.getChart(canvas);
        return { id: canvas.id, labels: chart?.data.labels ?? null };
      }),
    );
    expect(charts.map((chart) => chart.id)).toEqual(['chart-per-day', 'chart-topic', 'chart-region', 'chart-language', 'chart-channel', 'chart-cases', 'chart-satisfaction']);
    expect(charts.every((chart) => Array.isArray(chart.labels))).toBe(true);
    expect(charts.find((chart) => chart.id === 'chart-language')!.labels).toEqual(expect.arrayContaining(['Deutsch', '日本語', 'English']));

    const todo = await page.locator('#unanswered tbody').textContent();
    expect(todo).toContain('plorfs');
    expect(todo).not.toContain('Tom Baker');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv=unanswered]').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('plorfs');
    await page.screenshot({ path: '/tmp/kakehashi-insights.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
