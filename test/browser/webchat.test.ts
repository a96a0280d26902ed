/**
 * The web chat page in a real browser (Debian's Chromium, headless, de-DE): Web Chat loads from this service, the
 * welcome arrives, a German question typed into the send box gets a German answer, the message is marked as sent,
 * no request leaves the host and the CSP (no 'unsafe-inline', no 'unsafe-eval') blocks nothing Web Chat needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startService, type RunningService } from '../support/startService';
import { launchChromium } from '../support/browser';
import { startLoopbackAzureDirectLine } from '../support/loopbackAzureDirectLine';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

interface Watched {
  requests: string[];
  problems: string[];
}

/** Records every request and every script error, console error or CSP violation of the page. */
async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { requests: [], problems: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => watched.problems.push(`CSP: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}

function offHost(urls: string[]): string[] {
  return urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname));
  });
}

describe('web chat page (browser)', { timeout: 90_000 }, () => {
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.stop();
  });

  it('answers a German question typed into Web Chat, with nothing leaving the host', async () => {
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const watched = await watch(page);

    const response = await page.goto(`${service.url}/`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.title()).toContain('Ihr Assistent');
    await expect.poll(() => page.locator('header h1').textContent()).toBe('架け橋 kakehashi');

    const transcript = page.locator('#webchat');
    await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Willkommen bei kakehashi');

    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('Hallo, wie melde ich meinen Wohnsitz in Düsseldorf an?');
    await sendBox.press('Enter');
    await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Bundesmeldegesetz');
    await expect.poll(() => transcript.textContent()).toContain('Quellen');
    // Web Chat marks the user's message as sent ("Gesendet um …") only once the echo with its clientActivityID arrives;
    // until then it says "Wird gesendet", and after its send timeout "Fehler beim Senden".
    await expect.poll(() => transcript.textContent(), { timeout: 10_000 }).toContain('Gesendet um');
    expect(await transcript.textContent()).not.toMatch(/Wird gesendet|Fehler beim Senden/);

    await page.screenshot({ path: '/tmp/webchat.png' });
    expect(watched.requests.some((url) => url.endsWith('/webchat/webchat.js'))).toBe(true);
    expect(watched.requests.some((url) => url.includes('/v3/directline/conversations/'))).toBe(true);
    expect(offHost(watched.requests)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  it('refreshes its token at half the lifetime and keeps talking with the new one', async () => {
    const shortLived = await startService({ DIRECTLINE_TOKEN_TTL_SECONDS: '60' });
    const refreshContext = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await refreshContext.newPage();
      const watched = await watch(page);
      const tokensSeen: string[] = [];
      page.on('request', (request) => {
        const auth = request.headers().authorization;
        if (request.url().includes('/activities') && auth) tokensSeen.push(auth);
      });
      await page.clock.install();
      await page.goto(`${shortLived.url}/`);
      const transcript = page.locator('#webchat');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Welcome to kakehashi');
      const refreshed = page.waitForResponse((response) => response.url().endsWith('/v3/directline/tokens/refresh'));
      await page.clock.fastForward(31_000);
      const refresh = await refreshed;
      expect(refresh.status()).toBe(200);
      const newToken = `Bearer ${((await refresh.json()) as { token: string }).token}`;
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.fill('How do I register my address in Düsseldorf?');
      await sendBox.press('Enter');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('two weeks');
      expect(tokensSeen.at(-1)).toBe(newToken);
      expect(offHost(watched.requests)).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await refreshContext.close();
      await shortLived.stop();
    }
  });

  it('points the page at another Direct Line endpoint with one setting, and lets the CSP connect only there', async () => {
    const azure = await startService({ WEBCHAT_DIRECTLINE_DOMAIN: 'https://directline.botframework.com/v3/directline' });
    try {
      const response = await fetch(`${azure.url}/`);
      const html = await response.text();
      expect(html).toContain('"directLineDomain":"https://directline.botframework.com/v3/directline"');
      expect(response.headers.get('content-security-policy')).toContain(
        "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
      );
    } finally {
      await azure.stop();
    }
  });

  it('talks to "Azure" Direct Line with a token this server exchanged for its secret, which the browser never sees', async () => {
    const secret = 'azure-directline-secret-for-the-browser-test';
    // Another kakehashi plays Azure's Direct Line; the loopback plays Azure's token endpoint in front of it.
    const directLine = await startService();
    const azure = await startLoopbackAzureDirectLine({ secret, issueFrom: directLine.url });
    const front = await startService({ DIRECTLINE_AZURE_SECRET: secret, DIRECTLINE_AZURE_BASE_URL: azure.url, WEBCHAT_DIRECTLINE_DOMAIN: `${directLine.url}/v3/directline` });
    const azureContext = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await azureContext.newPage();
      const watched = await watch(page);
      const seen: string[] = [];
      const sockets: string[] = [];
      page.on('request', (request) => seen.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
      page.on('websocket', (socket) => sockets.push(socket.url()));
      await page.goto(`${front.url}/`);
      const transcript = page.locator('#webchat');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Welcome to kakehashi');
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.fill('How do I register my address in Düsseldorf?');
      await sendBox.press('Enter');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('two weeks');
      expect(azure.calls).toHaveLength(1);
      expect(watched.requests).toContain(`${front.url}/api/webchat/token`);
      expect(watched.requests.some((url) => url.startsWith(`${front.url}/v3/directline`))).toBe(false);
      expect(sockets.every((url) => url.startsWith(`ws://127.0.0.1:${directLine.port}/v3/directline/conversations/`))).toBe(true);
      expect(sockets.length).toBeGreaterThan(0);
      expect(seen.join('\n')).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
      expect(watched.problems).toEqual([]);
    } finally {
      await azureContext.close();
      await front.stop();
      await azure.close();
      await directLine.stop();
    }
  });

  it('shows the error line in the page language when no token can be fetched', async () => {
    const failing = await browser.newContext({ locale: 'ja-JP' });
    try {
      const page = await failing.newPage();
      let calls = 0;
      await page.route('**/v3/directline/tokens/generate', (route) => (calls++, route.fulfill({ status: 503, body: '{}' })));
      await page.goto(`${service.url}/`);
      const error = page.locator('#webchat-error');
      // A 503 may pass: the page tries three times before it gives up and says so.
      await expect.poll(() => error.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(calls).toBe(3);
      expect(await error.textContent()).toContain('チャットに接続できませんでした');
      expect(await page.locator('#webchat-retry').textContent()).toBe('再試行');
    } finally {
      await failing.close();
    }
  });
});
