/**
 * The restored index's term lookup (`packedTermIndex.ts`) finds what MiniSearch's own term tree finds, in the same
 * order and with the same edit distances, over the real knowledge's terms: the prefix and fuzzy matches decide which
 * entries a misspelt or truncated question still reaches, and their order the sums of the scores.
 */
import SearchableMap from 'minisearch/SearchableMap';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge } from '../../src/knowledge/knowledgeService';
import { packedTerms } from '../../src/knowledge/packedMiniSearch';
import { PackedTermIndex } from '../../src/knowledge/packedTermIndex';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { repoRoot } from './helpers';

/** Per language: the index's terms in MiniSearch's order, the tree MiniSearch would restore and the packed stand-in. */
let languages: { language: string; terms: string[]; tree: SearchableMap<number>; packed: PackedTermIndex<number> }[];

beforeAll(() => {
  const knowledgeDir = path.join(repoRoot, 'knowledge');
  const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
  const opened = openKnowledge({ knowledgeDir, knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog) });
  languages = opened.index.exportState().languages.map(({ language, miniSearch }) => {
    const terms = packedTerms(miniSearch);
    const tree = new SearchableMap<number>();
    terms.forEach((term, position) => tree.set(term, position));
    return { language, terms, tree, packed: new PackedTermIndex(terms, terms.map((_, position) => position)) };
  });
}, 120_000);

/** Query words: every `every`th term, cut short, with a letter dropped, doubled or changed, and a few not in the index. */
function queries(terms: readonly string[], every: number): string[] {
  const picked = terms.filter((_, position) => position % every === 0);
  return [
    ...picked,
    ...picked.map((term) => term.slice(0, Math.max(1, term.length - 2))),
    ...picked.map((term) => term.slice(0, 2) + term.slice(3)),
    ...picked.map((term) => term.slice(0, 3) + term.slice(2)),
    ...picked.map((term) => `${term.slice(0, -1)}x`),
    'anmeldng', 'krankenversichrung', 'aufenthaltstitel', 'residnce', 'qqqqqqq', 'z', '',
  ];
}

describe('packed term index', () => {
  it('holds every term with its value and iterates in the tree\'s order', () => {
    for (const { language, terms, tree, packed } of languages) {
      expect(packed.size, language).toBe(tree.size);
      expect([...packed], language).toEqual([...tree]);
      expect(terms.every((term, position) => packed.get(term) === position && packed.has(term)), language).toBe(true);
      expect(packed.get('not-a-term-at-all'), language).toBeUndefined();
    }
  });

  it('finds the same terms by prefix, in the same order', () => {
    for (const { language, terms, tree, packed } of languages) {
      for (const query of queries(terms, 7)) expect([...packed.atPrefix(query)], `${language} ${query}`).toEqual([...tree.atPrefix(query)]);
    }
  });

  it('finds the same terms within one and two edits of words of five letters or more, in the same order and at the same distances', () => {
    let found = 0;
    for (const { language, terms, tree, packed } of languages) {
      for (const query of queries(terms, 13).filter((word) => word.length >= 5)) {
        for (const distance of [1, 2]) {
          const expected = [...tree.fuzzyGet(query, distance)];
          expect([...packed.fuzzyGet(query, distance)], `${language} ${query} ~${distance}`).toEqual(expected);
          found += expected.length;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  }, 60_000);
});
