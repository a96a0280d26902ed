/**
 * A plan on LINE end to end with a fake clock and the loopback LINE API: the plan arrives as a Flex carousel with a
 * "done" button per step; reminders, once opted in, are pushed 3 days before the deadline (not earlier), once only;
 * a step marked done gets no reminder; "Erinnerungen aus" stops them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackLineApi, type LoopbackLineApi } from '../channels/line/support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook, textsOf } from '../channels/line/support/lineWebhook';

describe('plan on LINE with reminders', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  let now = new Date('2027-02-20T09:00:00Z');
  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService(lineEnv(api.url), { plans: { clock: () => now, reminderIntervalMs: 3_600_000 } });
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });

  async function say(userId: string, text: string, data?: string) {
    const before = api.calls.length;
    const event = data ? lineEvent('postback', { userId, data }) : lineEvent('text', { userId, text });
    expect((await postWebhook(service.url, [event])).status).toBe(200);
    return api.waitFor((calls) => calls.slice(before).some((call) => /\/v2\/bot\/message\/(reply|push)/.test(call.path)), 5000, text);
  }

  it('shows a Flex carousel with done buttons and reminds 3 days before the Anmeldung deadline, once', async () => {
    const userId = newUserId();
    await say(userId, 'make us a checklist for moving to Düsseldorf');
    await say(userId, '3 March 2027');
    await say(userId, 'No (e.g. EU citizens)');
    await say(userId, 'No children');
    const before = api.calls.length;
    await say(userId, 'Employed in Germany');
    const planCall = api.calls.slice(before).find((call) => /message\/(reply|push)/.test(call.path))!;
    const flex = (planCall.body.messages as any[]).find((message) => message.type === 'flex');
    expect(flex.contents.type).toBe('carousel');
    expect(JSON.stringify(flex)).toContain('Register your address (Anmeldung)');
    expect(JSON.stringify(flex)).toContain('plan:done:moving-nrw:anmeldung-duesseldorf');
    expect(flex.altText).toMatch(/1\. Register your address/);

    await say(userId, 'remind me', 'plan:reminders:on:moving-nrw');
    const reminders = service.kakehashi.plans.reminders;
    expect((await reminders.pending()).map((job) => job.deadline)).toContain('2027-03-17');

    const pushesBefore = api.callsTo(/message\/push/).length;
    now = new Date('2027-03-13T12:00:00Z');
    await reminders.sweep();
    expect(api.callsTo(/message\/push/).length).toBe(pushesBefore);

    now = new Date('2027-03-14T08:00:00Z');
    await reminders.sweep();
    const pushed = api.callsTo(/message\/push/).slice(pushesBefore);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.body.to).toBe(userId);
    expect(textsOf(pushed).join('\n')).toMatch(/Register your address \(Anmeldung\), is due by 17 March 2027/);
    await reminders.sweep();
    expect(api.callsTo(/message\/push/).slice(pushesBefore)).toHaveLength(1);
  });

  it('a step marked done is not reminded, and "Erinnerungen aus" removes the reminders', async () => {
    now = new Date('2027-02-20T09:00:00Z');
    const userId = newUserId();
    await say(userId, 'Erstelle mir eine Checkliste für den Umzug nach Düsseldorf');
    for (const answer of ['3. März 2027', 'Ja (z. B. japanische Staatsangehörige)', 'Keine Kinder', 'Angestellt in Deutschland']) await say(userId, answer);
    await say(userId, 'an', 'plan:reminders:on:moving-nrw');
    const reminders = service.kakehashi.plans.reminders;
    expect((await reminders.pending()).filter((job) => job.userId === userId).map((job) => job.stepId)).toEqual(['anmeldung-duesseldorf']);
    await say(userId, '1 erledigt');
    const pushesBefore = api.callsTo(/message\/push/).length;
    now = new Date('2027-03-15T08:00:00Z');
    await reminders.sweep();
    expect(api.callsTo(/message\/push/).length).toBe(pushesBefore);
    const off = await say(userId, 'Erinnerungen aus');
    expect(textsOf(off.slice(-1)).join('\n')).toMatch(/Erinnerungen sind aus/);
    expect((await reminders.pending()).filter((job) => job.userId === userId)).toHaveLength(0);
  });
});
