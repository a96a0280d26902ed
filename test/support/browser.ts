/** Debian's Chromium through playwright-core, headless and with nothing reaching outside the machine. */
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Browser round trips include scrypt logins; on a loaded machine they take longer than expect.poll's default second. */
export const poll = <T>(read: () => T) => expect.poll(read, { timeout: 15_000 });

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Collects script errors and CSP violations, and any request that would leave the host. */
export function watchPage(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // HTTP refusals the test provokes (a wrong password) show as console errors too; those are checked as responses.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() === 404 || response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl)) problems.push(`request off host: ${request.url()}`);
  });
  return problems;
}

