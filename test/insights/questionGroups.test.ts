import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../src/insights/questionGroups';
import type { UnansweredQuestion } from '../../src/insights/insightsTypes';

const question = (text: string, at: string, closest: string[] = [], language = 'de'): UnansweredQuestion => ({
  id: text, at, text, language, regionId: 'nrw', channelId: 'line', userKey: 'u',
  closest: closest.map((entryId) => ({ entryId, title: entryId, topic: 'schooling' })),
});

describe('groupQuestions', () => {
  it('puts rephrasings of one question together, biggest group first, with the entries that came closest', () => {
    const groups = groupQuestions([
      question('Wartezeit Kita Platz in Köln', '2026-11-20T10:00:00Z', ['nrw-kita-childcare']),
      question('Kita Platz Köln Wartezeit?', '2026-11-21T10:00:00Z', ['nrw-kita-childcare', 'nrw-public-schools']),
      question('Hundesteuer in Essen', '2026-11-22T10:00:00Z', ['nrw-waste-rules']),
      question('ケルンの保育園の待ち時間', '2026-11-22T11:00:00Z', [], 'ja'),
      question('ケルンの保育園の待ち時間は？', '2026-11-23T11:00:00Z', [], 'ja'),
    ]);
    expect(groups.map((group) => group.count)).toEqual([2, 2, 1]);
    const kita = groups.find((group) => group.example.includes('Kita'))!;
    expect(kita.example).toBe('Kita Platz Köln Wartezeit?');
    expect(kita.others).toEqual(['Wartezeit Kita Platz in Köln']);
    expect(kita.closest[0]!.entryId).toBe('nrw-kita-childcare');
    expect(groups.find((group) => group.languages.includes('ja'))!.count).toBe(2);
  });
});
