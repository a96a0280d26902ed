/**
 * The terms that belong to one region (`src/knowledge/regionTerms.ts`), read from the real entries: a name the other
 * side mentions only in passing ("Handelsregister" in one Tokyo entry on a German parent company's papers) is still the
 * name of the side that uses it by far the most; an ordinary word of a content language ("Firma", "Leben") is nobody's.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { RegionTerms } from '../../src/knowledge/regionTerms';
import { repoRoot } from './helpers';

const catalog = loadPartnerships(path.join(repoRoot, 'knowledge/partnerships.json'));
const entries = loadKnowledge({
  entriesDir: path.join(repoRoot, 'knowledge/entries'), knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog),
}).entries;
const terms = new RegionTerms(entries);

describe('terms of one region', () => {
  it.each([
    ['Handelsregisterって何？どこが管理してる？', ['nrw']],
    ['was ist eine Gewerbeanmeldung', ['nrw']],
    ["c'est quoi un kbis", ['paris']],
  ])('a name used on one side by far the most names that side: %s', (text, regions) => {
    expect(terms.regionsIn(text)).toEqual(regions);
  });

  it.each([
    'Wie gründe ich eine Firma?',
    'Wie ist das Leben mit Kindern?',
    'une attestation pour la banque',
    'an explainer video',
  ])('an ordinary word of a content language names no side: %s', (text) => {
    expect(terms.regionsIn(text)).toEqual([]);
  });
});
