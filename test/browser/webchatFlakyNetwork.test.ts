/**
 * The web chat page on a flaky connection, in Debian's Chromium, with the page loaded through a TCP proxy that can
 * cut and refuse every connection (HTTP and the WebSocket stream alike):
 * - a 5-second blip while sending: the message is delivered once and the reply shown after the blip;
 * - one 503 on a post and one on the stream's reconnect: the page retries and carries on;
 * - a token that expires during a longer blip: the chat continues in the same conversation;
 * - a conversation gone during the blip: a visible note, and a button that starts a new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startService, type RunningService } from '../support/startService';
import { launchChromium } from '../support/browser';
import { startFlakyProxy, type FlakyProxy } from '../support/flakyProxy';

const QUESTION = 'How do I register my address in Düsseldorf?';
/** In the curated answer on registering an address (Bundesmeldegesetz: within two weeks). */
const ANSWER = 'two weeks';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Traffic {
  requests: { method: string; url: string }[];
  responses: { status: number; url: string }[];
  sockets: string[];
  problems: string[];
}

function watch(page: Page): Traffic {
  const traffic: Traffic = { requests: [], responses: [], sockets: [], problems: [] };
  page.on('request', (request) => traffic.requests.push({ method: request.method(), url: request.url() }));
  page.on('response', (response) => traffic.responses.push({ status: response.status(), url: response.url() }));
  page.on('websocket', (socket) => traffic.sockets.push(socket.url()));
  page.on('pageerror', (error) => traffic.problems.push(`page error: ${error.message}`));
  return traffic;
}

/** The conversation ids the page posted activities to. */
const postedConversations = (traffic: Traffic) =>
  new Set(traffic.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/activities')).map((r) => /conversations\/([^/]+)\/activities/.exec(r.url)![1]));

async function openChat(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; traffic: Traffic }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const traffic = watch(page);
  await page.goto(`${url}/`);
  await expect.poll(() => page.locator('#webchat').textContent(), { timeout: 20_000 }).toContain('Welcome to kakehashi');
  return { context, page, traffic };
}

async function send(page: Page, text: string): Promise<void> {
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox.fill(text);
  await sendBox.press('Enter');
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The texts of the user's messages as the server logged them, in the one conversation the page posted to. */
async function loggedUserTexts(service: RunningService, traffic: Traffic): Promise<string[]> {
  const [conversationId] = [...postedConversations(traffic)];
  const key = `directline/log/${conversationId}`;
  const item = (await service.kakehashi.storage.read([key]))[key] as { activities: { text?: string; from?: { role?: string } }[] };
  return item.activities.filter((activity) => activity.from?.role === 'user').map((activity) => activity.text ?? '');
}

describe('web chat page on a flaky connection (browser)', { timeout: 120_000 }, () => {
  let service: RunningService;
  let proxy: FlakyProxy;
  let browser: Browser;

  beforeAll(async () => {
    service = await startService();
    proxy = await startFlakyProxy(service.port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await service?.stop();
  });

  it('delivers a message sent during a 5-second blip once, and shows the reply after it', async () => {
    const { context, page, traffic } = await openChat(browser, proxy.url);
    try {
      expect(traffic.sockets.some((url) => url.includes('/v3/directline/conversations/') && url.includes('/stream?'))).toBe(true);
      const transcript = page.locator('#webchat');
      proxy.block();
      await send(page, QUESTION);
      await sleep(5000);
      expect(await transcript.textContent()).not.toContain(ANSWER);
      expect(await page.locator('#webchat-status').textContent()).toContain('reconnecting');
      proxy.unblock();
      await expect.poll(() => transcript.textContent(), { timeout: 40_000 }).toContain(ANSWER);
      await expect.poll(() => transcript.textContent(), { timeout: 10_000 }).not.toMatch(/Sending|Send failed/);
      expect(await loggedUserTexts(service, traffic)).toEqual([QUESTION]);
      expect(await page.locator('#webchat-status').isVisible()).toBe(false);
      // The stream came back: a second message is answered without any further help.
      await send(page, 'Kita in Düsseldorf');
      await expect.poll(() => loggedUserTexts(service, traffic), { timeout: 20_000 }).toEqual([QUESTION, 'Kita in Düsseldorf']);
      await expect.poll(async () => occurrences((await transcript.textContent())!, 'Kita'), { timeout: 20_000 }).toBeGreaterThan(2);
      expect(postedConversations(traffic).size).toBe(1);
      expect(traffic.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('recovers from one 503 on a post and one on the stream reconnect', async () => {
    const { context, page, traffic } = await openChat(browser, proxy.url);
    try {
      let postFailures = 0;
      let reconnectFailures = 0;
      await page.route(
        (url) => /\/v3\/directline\/conversations\/[^/]+(\/activities)?$/.test(url.pathname),
        async (route) => {
          const request = route.request();
          if (request.method() === 'POST' && request.url().includes('/activities') && postFailures === 0) {
            postFailures++;
            return route.fulfill({ status: 503, headers: { 'Retry-After': '1' }, body: '{"error":{"status":503}}' });
          }
          if (request.method() === 'GET' && !request.url().includes('/activities') && reconnectFailures === 0) {
            reconnectFailures++;
            return route.fulfill({ status: 503, body: '{"error":{"status":503}}' });
          }
          return route.continue();
        },
      );
      const transcript = page.locator('#webchat');
      proxy.reset(); // the stream drops; its reconnect meets the 503
      await send(page, QUESTION); // the post meets the other 503
      await expect.poll(() => transcript.textContent(), { timeout: 40_000 }).toContain(ANSWER);
      expect(postFailures).toBe(1);
      expect(reconnectFailures).toBe(1);
      await expect.poll(() => transcript.textContent(), { timeout: 10_000 }).not.toMatch(/Sending|Send failed/);
      expect(await loggedUserTexts(service, traffic)).toEqual([QUESTION]);
      expect(traffic.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('web chat page when its token expires during a blip (browser)', { timeout: 120_000 }, () => {
  let service: RunningService;
  let proxy: FlakyProxy;
  let browser: Browser;

  beforeAll(async () => {
    service = await startService({ DIRECTLINE_TOKEN_TTL_SECONDS: '3' });
    proxy = await startFlakyProxy(service.port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await service?.stop();
  });

  it('continues in the same conversation after a blip longer than the token lifetime', async () => {
    const { context, page, traffic } = await openChat(browser, proxy.url);
    try {
      const transcript = page.locator('#webchat');
      proxy.block();
      await send(page, QUESTION);
      await sleep(6000);
      proxy.unblock();
      await expect.poll(() => transcript.textContent(), { timeout: 40_000 }).toContain(ANSWER);
      expect(traffic.responses.some((r) => r.url.endsWith('/v3/directline/tokens/resume') && r.status === 200)).toBe(true);
      expect(postedConversations(traffic).size).toBe(1);
      expect(await page.locator('#webchat-error').isVisible()).toBe(false);
      expect(await loggedUserTexts(service, traffic)).toEqual([QUESTION]);
      expect(traffic.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a note when the conversation is gone after the blip, and starts a new one on request', async () => {
    const { context, page, traffic } = await openChat(browser, proxy.url);
    try {
      const [conversationId] = [...new Set(traffic.sockets.map((url) => /conversations\/([^/]+)\/stream/.exec(url)?.[1]).filter(Boolean))];
      expect(conversationId).toBeDefined();
      proxy.block();
      // The conversation expires with the store's TTL meanwhile.
      await service.kakehashi.storage.delete([`directline/log/${conversationId}`]);
      await sleep(4000);
      proxy.unblock();
      const note = page.locator('#webchat-error');
      await expect.poll(() => note.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await note.textContent()).toContain('This conversation has ended');
      await page.locator('#webchat-retry').click();
      await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(false);
      await send(page, QUESTION);
      await expect.poll(() => page.locator('#webchat').textContent(), { timeout: 30_000 }).toContain(ANSWER);
      const posted = postedConversations(traffic);
      expect(posted.size).toBe(1);
      expect(posted.has(conversationId!)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
