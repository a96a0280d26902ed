/**
 * The case service on its own (memory store, collecting messenger, injected clock): status flow and indexes,
 * concurrent appends, relay failure recorded, rating after resolve, retention sweep and "delete my data".
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { i18n } from 'i18next';
import { MemoryStorage } from '../../src/state/memoryStorage';
import { createI18n } from '../../src/i18n/i18n';
import { CaseStore } from '../../src/escalation/caseStore';
import { EscalationService } from '../../src/escalation/caseService';
import { loadOffices } from '../../src/escalation/offices';
import { UserMessengers, type UserMessenger } from '../../src/escalation/userMessenger';
import type { StoredConversationReference } from '../../src/conversation/userRecords';
import type { Reply } from '../../src/replies/reply';
import { newCase } from './support/caseInput';

const root = path.resolve(import.meta.dirname, '../..');
const directory = loadOffices(path.join(root, 'knowledge/offices.json'));
let translations: i18n;

beforeAll(async () => {
  translations = await createI18n(path.join(root, 'locales'));
});

class CollectingMessenger implements UserMessenger {
  sent: { reference: StoredConversationReference; reply: Reply }[] = [];
  failNext = false;
  async send(reference: StoredConversationReference, reply: Reply): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('conversation not found');
    }
    this.sent.push({ reference, reply });
  }
}

function setup(now: { value: Date }) {
  const messenger = new CollectingMessenger();
  const service = new EscalationService({
    store: new CaseStore(new MemoryStorage({ ttlSeconds: null })),
    directory,
    messengers: new UserMessengers().register(['msteams'], messenger),
    i18n: translations,
    logger: pino({ level: 'silent' }),
    retentionDays: 30,
    clock: () => now.value,
  });
  return { service, messenger };
}

describe('EscalationService', () => {
  it('numbers cases per year, indexes them per office and user, and walks new → claimed → answered → resolved', async () => {
    const now = { value: new Date('2026-11-24T09:00:00Z') };
    const { service, messenger } = setup(now);
    const a = await service.openCase(newCase());
    const b = await service.openCase(newCase({ officeId: 'nrw-japan-kk', userLanguage: 'ja' }));
    expect([a.number, b.number]).toEqual(['K-26-0001', 'K-26-0002']);
    expect((await service.list({ officeIds: ['nrw-japan-kk'] })).map((c) => c.id)).toEqual([b.id]);
    expect((await service.list({ status: ['new'] })).length).toBe(2);

    await service.setStatus(a.id, 'claimed', 'staff-1');
    const answered = await service.addStaffMessage(a.id, 'staff-1', 'We will call you.');
    expect(answered.status).toBe('answered');
    expect(messenger.sent[0]!.reply).toEqual({ text: 'We will call you.', from: { kind: 'office', name: 'NRW.Global Business GmbH (Düsseldorf)' } });
    const resolved = await service.setStatus(a.id, 'resolved', 'staff-1');
    expect(resolved.resolvedAt).toBe(now.value.toISOString());
    expect(resolved.events.map((event) => event.type)).toEqual(['created', 'notify-failed', 'claimed', 'staff-message', 'status', 'status']);
    // One satisfaction question, with 1–5 choices.
    expect(messenger.sent[1]!.reply.choices!.map((choice) => choice.action)).toEqual([1, 2, 3, 4, 5].map((n) => `satisfaction:${a.id}:${n}`));
    expect(await service.recordSatisfaction(a.id, 5, 'msteams', 'someone-else')).toBe(false);
    expect(await service.awaitingRating('msteams', a.userId)).toMatchObject({ id: a.id });
    expect(await service.recordSatisfaction(a.id, 5, 'msteams', a.userId)).toBe(true);
    expect((await service.get(a.id))!.satisfaction).toBe(5);
    expect(await service.awaitingRating('msteams', a.userId)).toBeUndefined();
  });

  it('keeps every line when user messages arrive at the same time', async () => {
    const { service } = setup({ value: new Date('2026-11-24T09:00:00Z') });
    const escalation = await service.openCase(newCase());
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => service.appendUserMessage(escalation.id, `line ${i}`, 'en')));
    expect(results.filter((result) => result.first)).toHaveLength(1);
    const stored = (await service.get(escalation.id))!;
    expect(stored.transcript.filter((line) => line.text.startsWith('line ')).map((line) => line.text).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `line ${i}`),
    );
  });

  it('records a relay failure on the case instead of losing the staff line', async () => {
    const { service, messenger } = setup({ value: new Date('2026-11-24T09:00:00Z') });
    const escalation = await service.openCase(newCase());
    messenger.failNext = true;
    const updated = await service.addStaffMessage(escalation.id, 'staff-1', 'Hello?');
    expect(updated.transcript.at(-1)).toMatchObject({ from: 'staff', text: 'Hello?' });
    expect(updated.events.at(-1)).toMatchObject({ type: 'relay-failed', detail: 'conversation not found' });
  });

  it('anonymises resolved cases after the retention period, not before, and leaves open cases alone', async () => {
    const now = { value: new Date('2026-01-10T09:00:00Z') };
    const { service } = setup(now);
    const resolved = await service.openCase(newCase({ contact: 'anna@example.org' }));
    const open = await service.openCase(newCase());
    await service.setStatus(resolved.id, 'resolved', 'staff-1');

    expect(await service.sweepRetention(new Date('2026-02-08T09:00:00Z'))).toBe(0); // 29 days
    expect(await service.sweepRetention(new Date('2026-02-09T09:00:00Z'))).toBe(1); // 30 days
    const anonymised = (await service.get(resolved.id))!;
    expect(anonymised.anonymisedAt).toBeDefined();
    expect(anonymised.description).toBe('');
    expect(anonymised.contact).toBeUndefined();
    expect(anonymised.userId).toBe('anonymised');
    expect(anonymised.transcript.every((line) => line.text === '')).toBe(true);
    expect(anonymised.number).toBe(resolved.number);
    expect(anonymised.events.at(-1)).toMatchObject({ type: 'anonymised', detail: 'retention period ended' });
    expect((await service.get(open.id))!.description).not.toBe('');
    await expect(service.addStaffMessage(resolved.id, 'staff-1', 'late')).rejects.toThrow(/anonymised/);
  });

  it('"delete my data" anonymises all of the user\'s cases, open ones too', async () => {
    const { service } = setup({ value: new Date('2026-11-24T09:00:00Z') });
    const input = newCase();
    const first = await service.openCase(input);
    const second = await service.openCase({ ...input, description: 'another question' });
    const other = await service.openCase(newCase());
    expect(await service.eraseUser('msteams', input.userId)).toBe(2);
    for (const id of [first.id, second.id]) expect((await service.get(id))!.anonymisedAt).toBeDefined();
    expect((await service.get(other.id))!.anonymisedAt).toBeUndefined();
    expect(await service.awaitingRating('msteams', input.userId)).toBeUndefined();
  });
});
