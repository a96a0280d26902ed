import { describe, expect, it } from 'vitest';
import { SearchIndexError } from '../../src/knowledge/errors';
import { KnowledgeSearchIndex } from '../../src/knowledge/searchIndex';
import { fixtureKnowledge } from './helpers';

const { knowledge, index } = fixtureKnowledge();
const top = (q: string, language: string, region?: string) => index.search(q, { language, region })[0]?.entryId;

describe('search on fixtures', () => {
  it.each([
    ['救急車 何番', 'ja', 'tokyo', 'tokyo-emergency-numbers'],
    ['ドイツで救急車を呼ぶには', 'ja', 'nrw', 'nrw-emergency-numbers'],
    ['国民健康保険に入りたい', 'ja', 'tokyo', 'tokyo-health-insurance'],
    ['キタ 申し込み', 'ja', 'nrw', 'nrw-kita-childcare'],
    ['Krankenwagen rufen', 'de', 'nrw', 'nrw-emergency-numbers'],
    ['wie finde ich einen Kitaplatz', 'de', 'nrw', 'nrw-kita-childcare'],
    ['Versicherung privat oder gesetzlich', 'de', 'nrw', 'nrw-health-insurance'],
    ['krankenversicherung japan', 'de', 'tokyo', 'tokyo-health-insurance'],
    ['ambulance number', 'en', 'tokyo', 'tokyo-emergency-numbers'],
    ['which krankenkasse should I choose', 'en', 'nrw', 'nrw-health-insurance'],
    ['daycare application', 'en', 'tokyo', 'tokyo-nursery-childcare'],
    ['who can I contact', 'en', 'nrw', 'both-contact-office'],
  ])('%s (%s, %s) → %s', (q, language, region, expected) => {
    expect(top(q, language, region)).toBe(expected);
  });

  it('tolerates typos and umlaut spellings', () => {
    expect(top('ambulence numbr', 'en', 'nrw')).toBe('nrw-emergency-numbers');
    expect(top('Kinderbetreuung Duesseldorf', 'de', 'nrw')).toBe('nrw-kita-childcare');
  });

  it('uses aliases across languages (German question, Japanese-only term)', () => {
    // "Rettungswagen" appears in no fixture text; the alias group links it to 救急車 / ambulance / Krankenwagen.
    expect(top('Rettungswagen', 'de', 'tokyo')).toBe('tokyo-emergency-numbers');
  });

  it('falls back across languages for languages without content (fr → all languages)', () => {
    expect(top('Kita', 'fr', 'nrw')).toBe('nrw-kita-childcare');
  });

  it('reports the region of each hit and searches all regions when none or an unknown one is given', () => {
    const hits = index.search('emergency ambulance number', { language: 'en' });
    expect(hits.map((h) => h.region)).toEqual(expect.arrayContaining(['tokyo', 'nrw']));
    const unknown = index.search('emergency ambulance number', { language: 'en', region: 'atlantis' });
    expect(unknown.map((h) => h.entryId).sort()).toEqual(hits.map((h) => h.entryId).sort());
  });

  it('filters by topic', () => {
    const hits = index.search('Tokyo', { language: 'en', region: 'tokyo', topic: 'schooling' });
    expect(hits.map((h) => h.entryId)).toEqual(['tokyo-nursery-childcare']);
  });

  it('gives confidences in [0, 1], highest for the top hit', () => {
    const hits = index.search('ambulance number tokyo', { language: 'en', region: 'tokyo' });
    for (const hit of hits) expect(hit.confidence).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.confidence).toBeLessThanOrEqual(1);
    expect(hits[0]!.confidence).toBeGreaterThan(0.5);
    expect(hits[0]!.confidence).toBeGreaterThanOrEqual(hits[1]?.confidence ?? 0);
    expect(index.search('zzzz qqqq', { language: 'en' })).toEqual([]);
  });

  it('a figure no text uses ("39", "2am") leaves how much of the question an entry covers as it was', () => {
    const coverage = (q: string) => index.search(q, { language: 'en', region: 'nrw' })[0]?.coverage;
    expect(coverage('ambulance number at 2am, fever 39')).toBeCloseTo(coverage('ambulance number at, fever')!, 5);
    // An unknown word still makes the question less covered.
    expect(coverage('ambulance number at, fever zebra')!).toBeLessThan(coverage('ambulance number at, fever')!);
  });

  it('refuses to build from no entries', () => {
    expect(() => new KnowledgeSearchIndex([])).toThrow(SearchIndexError);
  });
});

describe('region filter never leaks', () => {
  const regions = ['tokyo', 'nrw'];
  const queries = [
    ['救急車', 'ja'], ['健康保険', 'ja'], ['保育園', 'ja'], ['ドイツ', 'ja'], ['デュッセルドルフ 救急', 'ja'],
    ['Krankenwagen', 'de'], ['Krankenkasse Düsseldorf', 'de'], ['Kita NRW', 'de'], ['Notruf Deutschland 112', 'de'],
    ['ambulance', 'en'], ['health insurance germany', 'en'], ['kita duesseldorf', 'en'], ['112 germany', 'en'], ['contact', 'en'],
  ];
  it.each(regions)('region %s returns only its own or "both" entries', (region) => {
    for (const [q, language] of queries) {
      for (const hit of index.search(q!, { language: language!, region, limit: 10 })) {
        expect([region, 'both'], `${q} → ${hit.entryId}`).toContain(hit.region);
        expect([region, 'both']).toContain(knowledge.byId(hit.entryId)!.region);
      }
    }
  });

  it('a newly known region without entries yet gets only "both" entries (regions are data)', () => {
    const withParis = new KnowledgeSearchIndex(knowledge.entries, { knownRegions: ['tokyo', 'nrw', 'paris'] });
    const hits = withParis.search('contact ambulance kita insurance', { language: 'en', region: 'paris', limit: 10 });
    expect(hits.map((h) => h.region)).toEqual(['both']);
  });

  it('a Tokyo question naming an NRW place still gets no NRW content', () => {
    const hits = index.search('Krankenwagen Düsseldorf 112', { language: 'de', region: 'tokyo', limit: 10 });
    expect(hits.every((h) => h.region !== 'nrw')).toBe(true);
  });
});
