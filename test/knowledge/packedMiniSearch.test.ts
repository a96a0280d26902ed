/**
 * The packed MiniSearch form of the snapshot (`packedMiniSearch.ts`): a restored index is the index that was packed,
 * term for term, and finds what it found.
 */
import MiniSearch from 'minisearch';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { packMiniSearch, packedTerms, unpackMiniSearch } from '../../src/knowledge/packedMiniSearch';

const options = { fields: ['title', 'body'], storeFields: ['kind'], tokenize: (text: string) => text.split(' ').filter(Boolean), processTerm: (term: string) => term };
const docs = [
  { id: 'a:de', kind: 'x', title: 'kita platz', body: 'kita anmeldung köln kita' },
  { id: 'b:ja', kind: 'y', title: '法務局 登記', body: '会社 登記 法務局 申請' },
  { id: 'c:en', kind: 'x', title: 'bank account', body: 'open a bank account in paris' },
];

describe('packed MiniSearch index', () => {
  it('restores the same index: same state, same terms, same results with stored fields, fuzzy and prefix', () => {
    const original = new MiniSearch<(typeof docs)[number]>(options);
    original.addAll(docs);
    const packed = JSON.parse(JSON.stringify(packMiniSearch(original)));
    const restored = unpackMiniSearch(packed, options);
    const { index: restoredIndex, ...restoredRest } = restored.toJSON();
    const { index: originalIndex, ...originalRest } = original.toJSON();
    expect(restoredRest).toEqual(originalRest);
    // The same postings per term (MiniSearch lists its terms in the order of its term tree, which depends on insertions).
    expect(new Map(restoredIndex)).toEqual(new Map(originalIndex));
    expect(packedTerms(packed)).toEqual(originalIndex.map(([term]) => term));
    for (const query of ['kita', 'anmeldng', 'bank', '法務局', 'acc']) {
      const search = { fuzzy: 0.2, prefix: true };
      expect(restored.search(query, search), query).toEqual(original.search(query, search));
    }
    expect(restored.search('kita')[0]).toMatchObject({ id: 'a:de', kind: 'x' });
  });

  it('an empty index packs and restores', () => {
    const restored = unpackMiniSearch(packMiniSearch(new MiniSearch(options)), options);
    expect(restored.documentCount).toBe(0);
    expect(restored.search('kita')).toEqual([]);
  });

  it('a restored index holds its postings compactly: under 400 bytes of heap a term, term tree included (with MiniSearch\'s own Maps ≈ 750)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heapUsed = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // 20,000 terms, each in one or two documents (the shape of the knowledge index: most terms are rare).
    const many = Array.from({ length: 2000 }, (_, d) => ({
      id: `d${d}`,
      kind: 'x',
      title: Array.from({ length: 10 }, (_, w) => `t${d * 10 + w}`).join(' '),
      body: Array.from({ length: 10 }, (_, w) => `t${(d * 10 + w + 5) % 20000}`).join(' '),
    }));
    const original = new MiniSearch<(typeof many)[number]>(options);
    original.addAll(many);
    const packed = JSON.parse(JSON.stringify(packMiniSearch(original)));
    const before = heapUsed();
    const restored = unpackMiniSearch(packed, options);
    const perTerm = (heapUsed() - before) / restored.termCount;
    expect(restored.termCount).toBe(20000);
    expect(restored.search('t12345')[0]).toMatchObject({ id: 'd1234' });
    expect(perTerm).toBeLessThan(400);
  });
});
