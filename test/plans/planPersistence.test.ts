/**
 * A plan outlives the process and travels with the user: with Redis it survives a restart (another "replica" shows
 * it and ticks it); a hand-over carries the plan and its progress to the case staff read; "delete my data" erases
 * the plan and its reminders.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, type SentActivity } from '../support/botFrameworkClient';
import { connectTestRedis, deleteByPrefix, REDIS_URL } from '../state/redisTestUtils';

const STAFF_TOKEN = 'plans-test-admin-token-0123456789';
const texts = (replies: SentActivity[]) => JSON.stringify(replies);

async function movingToDuesseldorf(client: ReturnType<typeof expectRepliesClient>): Promise<SentActivity[]> {
  await client.send('make us a checklist for moving to Düsseldorf');
  for (const answer of ['3 March 2027', 'Yes (e.g. Japanese nationals)', 'No children']) await client.send(answer);
  return client.send('Employed in Germany');
}

describe('plans across restarts, hand-over and erasure', () => {
  const prefix = `kakehashi-test:plans:${randomUUID()}:`;
  const running: RunningService[] = [];
  afterAll(async () => {
    for (const service of running) await service.stop().catch(() => undefined);
    const redis = await connectTestRedis();
    await deleteByPrefix(redis, prefix);
    await redis.close();
  });
  const start = async (env: Record<string, string> = {}) => {
    const service = await startService({ REDIS_URL, REDIS_KEY_PREFIX: prefix, ...env });
    running.push(service);
    return service;
  };

  it('survives a restart with Redis: the next process shows the plan and ticks a step', async () => {
    const first = await start();
    const userId = `user-${randomUUID()}`;
    const client = expectRepliesClient(first.url, { userId, locale: 'en-US' });
    expect(texts(await movingToDuesseldorf(client))).toContain('Register your address (Anmeldung)');
    await first.stop();
    running.splice(running.indexOf(first), 1);

    const second = await start();
    const again = expectRepliesClient(second.url, { userId, locale: 'en-US', conversationId: `conv-${randomUUID()}` });
    const shown = texts(await again.send('my plan'));
    expect(shown).toContain('Register your address (Anmeldung)');
    expect(shown).toContain('by 17 March 2027');
    expect(texts(await again.send('step 1 done'))).toMatch(/Step 1 is marked done/);
    expect(texts(await again.send('my plan'))).toMatch(/1 of \d+ done/);
  }, 90_000);

  it('the case of a hand-over carries the plan and progress, and the staff API shows it', async () => {
    const service = await start({ STAFF_TOKEN });
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await movingToDuesseldorf(client);
    await client.send('step 2 done');
    await client.send('talk to a person');
    await client.send('Yes, share it', { value: { action: 'escalation:consent:yes' } });
    await client.send('We need help with the residence permit appointment.');
    const created = texts(await client.send('skip', { value: { action: 'escalation:contact:skip' } }));
    expect(created).toMatch(/K-\d+/);
    const list = await fetch(`${service.url}/staff/api/cases`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } }).then((r) => r.json()) as { cases: { id: string }[] };
    const caseId = (list.cases ?? (list as unknown as { id: string }[]))[0]!.id;
    const view = await fetch(`${service.url}/staff/api/cases/${caseId}`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } }).then((r) => r.json()) as any;
    const escalation = view.case ?? view;
    expect(escalation.plan.title).toBe('Plan: moving to North Rhine-Westphalia');
    expect(escalation.plan.steps[1].done).toBe(true);
    expect(escalation.plan.steps[0]).toMatchObject({ number: 1, title: 'Register your address (Anmeldung)', done: false });
    expect(escalation.plan.steps[0].deadline).toMatch(/17 March 2027/);
  });

  it('"delete my data" erases the plan and its reminders', async () => {
    const service = await start();
    const userId = `user-${randomUUID()}`;
    const client = expectRepliesClient(service.url, { userId, locale: 'en-US' });
    await movingToDuesseldorf(client);
    await client.send('🔔 Remind me before deadlines', { value: { action: 'plan:reminders:on:moving-nrw' } });
    const reminders = service.kakehashi.plans.reminders;
    expect((await reminders.pending()).some((job) => job.userId === userId)).toBe(true);
    await client.send('delete my data');
    expect((await reminders.pending()).some((job) => job.userId === userId)).toBe(false);
    const fresh = expectRepliesClient(service.url, { userId, locale: 'en-US', conversationId: `conv-${randomUUID()}` });
    expect(texts(await fresh.send('my plan'))).toMatch(/You have no plan yet/);
  });
});
