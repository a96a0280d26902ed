import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/state/memoryStorage';
import { InsightsStore } from '../../src/insights/insightsStore';
import { insightsReport } from '../../src/insights/insightsReport';
import { insightsCsv } from '../../src/insights/insightsCsv';
import { RedisStorage } from '../../src/state/redisStorage';
import { MemoryTurnLock, RedisTurnLock } from '../../src/state/turnLock';
import { connectTestRedis, deleteByPrefix, randomPrefix } from '../state/redisTestUtils';
import { MemoryCaseService, sampleCase } from '../escalation/staff/support/memoryCaseService';

const offices = [
  { id: 'nrw-global-business', servesRegion: 'nrw' },
  { id: 'tmg-commerce-industry', servesRegion: 'tokyo' },
];
const now = new Date('2026-11-29T12:00:00Z');

function caseWithReply(officeId: string, createdAt: string, replyAfterMinutes: number | undefined, extra: Record<string, unknown> = {}) {
  const events = [{ at: createdAt, type: 'created' as const }];
  if (replyAfterMinutes !== undefined) events.push({ at: new Date(Date.parse(createdAt) + replyAfterMinutes * 60_000).toISOString(), type: 'staff-message' as never });
  return sampleCase({ officeId, createdAt, events, ...extra });
}

describe('insightsReport', () => {
  it('reports cases by office and status, time to the first staff reply (median, p90) and satisfaction, per office', async () => {
    const cases = new MemoryCaseService();
    cases.add(caseWithReply('nrw-global-business', '2026-11-27T09:00:00Z', 10, { status: 'resolved', satisfaction: 5 }));
    cases.add(caseWithReply('nrw-global-business', '2026-11-27T10:00:00Z', 30, { status: 'answered' }));
    cases.add(caseWithReply('nrw-global-business', '2026-11-28T10:00:00Z', 120, { status: 'resolved', satisfaction: 2 }));
    cases.add(caseWithReply('nrw-global-business', '2026-11-28T11:00:00Z', undefined));
    cases.add(caseWithReply('tmg-commerce-industry', '2026-11-28T01:00:00Z', 5, { status: 'resolved', satisfaction: 4 }));
    cases.add(caseWithReply('tmg-commerce-industry', '2026-10-01T01:00:00Z', 5, { status: 'resolved', satisfaction: 1 }));
    const store = new InsightsStore(new MemoryStorage(), new MemoryTurnLock());
    await store.addCounts('2026-11-28', { 'company|nrw|ja|line|yes': 3, '-|nrw|de|msteams|no': 1, 'healthcare|tokyo|de|webchat|yes': 2 });

    const admin = await insightsReport({ store, caseService: cases, offices, scope: { officeIds: undefined }, days: 30, now });
    expect(admin.cases.byOffice).toEqual([
      { officeId: 'nrw-global-business', counts: { new: 1, claimed: 0, answered: 1, resolved: 2 } },
      { officeId: 'tmg-commerce-industry', counts: { new: 0, claimed: 0, answered: 0, resolved: 1 } },
    ]);
    expect(admin.cases.firstReply).toEqual({ cases: 4, medianMinutes: 10, p90Minutes: 120 });
    expect(admin.satisfaction).toEqual({ responses: 3, average: 3.67, distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } });
    expect(admin.questions.total).toBe(6);

    const nrw = await insightsReport({ store, caseService: cases, offices, scope: { officeIds: ['nrw-global-business'] }, days: 30, now });
    expect(nrw.cases.byOffice.map((row) => row.officeId)).toEqual(['nrw-global-business']);
    expect(nrw.cases.firstReply).toEqual({ cases: 3, medianMinutes: 30, p90Minutes: 120 });
    expect(nrw.satisfaction.responses).toBe(2);
    expect(nrw.questions.total).toBe(4);
    expect(nrw.questions.lowConfidence).toBe(1);
    expect(nrw.questions.by.channel.map((row) => row.value).sort()).toEqual(['line', 'msteams']);

    expect(insightsCsv(nrw, 'satisfaction')).toBe('score,responses\n1,0\n2,1\n3,0\n4,0\n5,1\n');
    expect(insightsCsv(admin, 'first-reply')).toBe('cases_with_reply,median_minutes,p90_minutes\n4,10,120\n');
  });

  it('merges counts written at once by two replicas into one day (shared Redis store and lock)', async () => {
    const redis = await connectTestRedis();
    const prefix = randomPrefix('insights');
    try {
      const replica = () => new InsightsStore(new RedisStorage(redis, { keyPrefix: prefix }), new RedisTurnLock(redis, { keyPrefix: `${prefix}lock:` }));
      await Promise.all([
        replica().addCounts('2026-11-29', { 'company|nrw|ja|line|yes': 2 }),
        replica().addCounts('2026-11-29', { 'company|nrw|ja|line|yes': 3 }),
        replica().addCounts('2026-11-29', { 'company|nrw|ja|line|no': 1 }),
      ]);
      const { counts } = await replica().read(['2026-11-29']);
      expect(counts.get('2026-11-29')!.counts).toEqual({ 'company|nrw|ja|line|yes': 5, 'company|nrw|ja|line|no': 1 });
    } finally {
      await deleteByPrefix(redis, prefix);
      await redis.close();
    }
  });
});
