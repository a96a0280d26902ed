/** Staff see where the user stands: the case's plan and progress in the staff console (Debian's Chromium). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, poll, watchPage } from '../support/browser';
import { ADMIN_TOKEN, startStaffApp, type StaffApp } from '../escalation/staff/support/staffApp';
import { sampleCase } from '../escalation/staff/support/memoryCaseService';

describe('plan in the staff console (browser)', { timeout: 60_000 }, () => {
  let app: StaffApp;
  let browser: Browser;
  const withPlan = sampleCase({
    officeId: 'nrw-global-business',
    topic: 'housing',
    userLanguage: 'ja',
    plan: {
      planId: 'moving-nrw', title: 'NRW州への引っ越しプラン', language: 'ja', updatedAt: '2026-11-29T10:00:00.000Z',
      steps: [
        { number: 1, title: '住民登録（Anmeldung）をする', done: true, deadline: '2027年3月17日まで（2027年3月3日の入居から14日以内）' },
        { number: 2, title: '滞在許可を申請する（許可が出るまで就労不可）', done: false, deadline: '2027年6月1日まで（2027年3月3日の入居から90日以内）' },
        { number: 3, title: '健康保険に加入する（公的GKVまたは民間PKV、加入は義務）', done: false },
      ],
    },
  });

  beforeAll(async () => {
    app = await startStaffApp();
    app.cases.add(withPlan);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the plan with its progress, done marks and deadlines among the case facts', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    // Signed in with the administrator token (the console keeps it in sessionStorage), opened on the case's link.
    await context.addInitScript((token) => sessionStorage.setItem('kakehashi.staff.token', token), ADMIN_TOKEN);
    const page = await context.newPage();
    const problems = watchPage(page, app.url);
    await page.goto(`${app.url}/staff#case=${withPlan.id}`);
    await poll(() => page.locator('#case-facts').textContent()).toContain('Plan: NRW州への引っ越しプラン (1 of 3 done)');
    const items = page.locator('.case-plan li');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toBe('✅ 住民登録（Anmeldung）をする — 2027年3月17日まで（2027年3月3日の入居から14日以内）');
    expect(await items.nth(1).textContent()).toMatch(/^☐ 滞在許可を申請する/);
    expect(await page.locator('.case-plan').getAttribute('lang')).toBe('ja');
    expect(problems).toEqual([]);
  });
});
