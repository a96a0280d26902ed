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

describe('entries with an extra language', () => {
  it('serves a French file when an entry has one, without code changes', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { validEntriesDir, FIXTURE_REGIONS } = await import('./helpers');
    const { loadKnowledge } = await import('../../src/knowledge/loadKnowledge');
    const { buildSearchIndex } = await import('../../src/knowledge/searchIndex');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-knowledge-'));
    try {
      fs.cpSync(validEntriesDir, dir, { recursive: true });
      const entryDir = path.join(dir, 'nrw/nrw-kita-childcare');
      const en = fs.readFileSync(path.join(entryDir, 'en.md'), 'utf8');
      const frontMatter = en.split('\n---\n')[0]!.replace('title: "Kita: childcare in NRW"', 'title: "Kita : garde d\'enfants en NRW"');
      fs.writeFileSync(path.join(entryDir, 'fr.md'), `${frontMatter}\n---\nLes enfants dès un an ont droit à une place en crèche.\n`);
      const kb = loadKnowledge({ entriesDir: dir, knownRegions: FIXTURE_REGIONS });
      const index = buildSearchIndex(kb, { knownRegions: FIXTURE_REGIONS });
      const answer = composeAnswer(index.search('place en crèche', { language: 'fr', region: 'nrw' }), kb, { language: 'fr' });
      expect(answer).toMatchObject({ kind: 'answer', entryId: 'nrw-kita-childcare', contentLanguage: 'fr', fallbackLanguageNote: false });
      // Entries without fr.md still fall back to English.
      const other = composeAnswer(index.search('health insurance', { language: 'fr', region: 'nrw' }), kb, { language: 'fr' });
      expect(other).toMatchObject({ kind: 'answer', contentLanguage: 'en', fallbackLanguageNote: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
