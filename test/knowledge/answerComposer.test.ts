import { describe, expect, it } from 'vitest';
import { answerForEntry, composeAnswer } from '../../src/knowledge/answerComposer';
import { fixtureKnowledge } from './helpers';

const { knowledge, index } = fixtureKnowledge();

describe('composeAnswer', () => {
  it('answers in the asker language with sources, checked date and related entries', () => {
    const hits = index.search('Krankenkasse wählen', { language: 'de', region: 'nrw' });
    const answer = composeAnswer(hits, knowledge, { language: 'de' });
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer).toMatchObject({
      entryId: 'nrw-health-insurance',
      language: 'de',
      contentLanguage: 'de',
      title: 'Krankenversicherung in NRW',
      checked: '2026-11-01',
      fallbackLanguageNote: false,
    });
    expect(answer.text).toContain('Krankenversicherungspflicht');
    expect(answer.sources).toEqual([{ url: 'https://example.org/nrw-health-insurance', publisher: 'Example Authority' }]);
    expect(answer.related.length).toBeLessThanOrEqual(2);
    expect(answer.related.every((r) => r.entryId !== answer.entryId)).toBe(true);
  });

  it('falls back to English content for other languages and flags it', () => {
    const hits = index.search('kita', { language: 'fr', region: 'nrw' });
    const answer = composeAnswer(hits, knowledge, { language: 'fr' });
    expect(answer).toMatchObject({ kind: 'answer', entryId: 'nrw-kita-childcare', contentLanguage: 'en', fallbackLanguageNote: true });
  });

  it('returns suggestions when confidence is low', () => {
    const hits = index.search('ambulance insurance kita', { language: 'en', region: 'nrw' });
    const answer = composeAnswer(hits, knowledge, { language: 'en', minConfidence: 1.01 });
    expect(answer.kind).toBe('low-confidence');
    if (answer.kind === 'low-confidence') {
      expect(answer.suggestions.length).toBeGreaterThan(0);
      expect(answer.suggestions.length).toBeLessThanOrEqual(3);
      expect(answer.suggestions[0]).toHaveProperty('title');
    }
    expect(composeAnswer([], knowledge, { language: 'en' })).toEqual({ kind: 'low-confidence', suggestions: [] });
  });

  it('answerForEntry builds the answer for a chosen entry', () => {
    const answer = answerForEntry(knowledge.byId('tokyo-emergency-numbers')!, { language: 'ja' });
    expect(answer.title).toBe('東京の緊急通報番号');
    expect(answer.fallbackLanguageNote).toBe(false);
  });
});
