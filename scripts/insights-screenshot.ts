/**
 * Writes docs/insights.png: runs the blind evaluation questions (test/eval/blind/*.json) through an in-process
 * service end to end, then photographs /staff/insights as the administrator in Debian's Chromium.
 * Usage: npx tsx scripts/insights-screenshot.ts [lang]   (the page language, default en)
 */
import fs from 'node:fs';
import path from 'node:path';
import { startService } from '../test/support/startService';
import { launchChromium } from '../test/support/browser';
import { loadBlindSets, runBlindSet } from '../src/knowledge/blindEvaluation';

const ADMIN = 'insights-screenshot-admin-token-0123456789';
const root = path.resolve(import.meta.dirname, '..');
const language = process.argv[2] ?? 'en';

const service = await startService({ STAFF_TOKEN: ADMIN });
try {
  for (const set of loadBlindSets(path.join(root, 'test/eval/blind'))) await runBlindSet(service.url, set);
  await service.kakehashi.insights.flush();
  const browser = await launchChromium();
  const page = await (await browser.newContext({ locale: language, viewport: { width: 1280, height: 1400 } })).newPage();
  await page.goto(`${service.url}/staff?lang=${language}`);
  await page.locator('details summary').click();
  await page.locator('#login-token').fill(ADMIN);
  await page.locator('#token-form button[type=submit]').click();
  await page.locator('#cases').waitFor();
  await page.goto(`${service.url}/staff/insights?lang=${language}`);
  await page.waitForSelector('body[data-loaded=true]');
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: path.join(root, 'docs/insights.png'), fullPage: true });
  await browser.close();
  process.stdout.write('insights-screenshot: wrote docs/insights.png\n');
} finally {
  await service.stop();
}
