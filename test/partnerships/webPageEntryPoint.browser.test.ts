/**
 * The web page as an entry point, in a real browser (Debian's Chromium): `/?partnership=tsu-paris-geneva` makes the
 * page send `channelData.partnership` with every activity, so a question without a place name is asked back with the
 * Tsu partnership's regions only (an English question, which by itself would default to Tokyo ⇄ NRW).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startService, type RunningService } from '../support/startService';
import { launchChromium } from '../support/browser';

describe('web page bound to a partnership (browser)', { timeout: 90_000 }, () => {
  let service: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  async function regionQuestion(query: string): Promise<string> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${service.url}/${query}`);
      const transcript = page.locator('#webchat');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Welcome to kakehashi');
      const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
      await sendBox.fill('How do I open a bank account?');
      await sendBox.press('Enter');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Is your question about');
      return (await transcript.textContent()) ?? '';
    } finally {
      await context.close();
    }
  }

  it('?partnership=tsu-paris-geneva scopes the region question to Tsu, Paris and Geneva', async () => {
    const text = await regionQuestion('?partnership=tsu-paris-geneva');
    expect(text).toContain('Canton of Geneva');
    expect(text).toContain('Tsu (Mie Prefecture)');
    expect(text).not.toContain('North Rhine-Westphalia (NRW)');
  });

  it('a French browser on ?partnership=tsu-paris-geneva is welcomed in French to that partnership alone, with its languages', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${service.url}/?partnership=tsu-paris-geneva`);
      const transcript = page.locator('#webchat');
      await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Bienvenue sur kakehashi');
      const text = (await transcript.textContent()) ?? '';
      expect(text).toContain('Tsu – Région Paris – Genève');
      expect(text).not.toContain('Tokyo');
      expect(text).toContain('Français');
      expect(text).not.toContain('Deutsch');
    } finally {
      await context.close();
    }
  });

  it('without the parameter nothing tells the partnership: the same English question offers the regions of both', async () => {
    const text = await regionQuestion('');
    expect(text).toContain('North Rhine-Westphalia (NRW)');
    expect(text).toContain('Canton of Geneva');
  });
});
