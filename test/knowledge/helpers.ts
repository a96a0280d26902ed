/** Shared fixture paths and a fixture-backed index for the knowledge tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AliasTable } from '../../src/knowledge/aliases';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { buildSearchIndex } from '../../src/knowledge/searchIndex';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const FIXTURE_REGIONS = ['tokyo', 'nrw'];
export const validEntriesDir = path.join(here, 'fixtures/valid/entries');
export const invalidEntriesDir = path.join(here, 'fixtures/invalid/entries');

/** The valid fixture knowledge with the real aliases file. */
export function fixtureKnowledge() {
  const knowledge = loadKnowledge({ entriesDir: validEntriesDir, knownRegions: FIXTURE_REGIONS });
  const aliases = AliasTable.load(path.join(repoRoot, 'knowledge/aliases.json'));
  const index = buildSearchIndex(knowledge, { aliases, knownRegions: FIXTURE_REGIONS });
  return { knowledge, index, aliases };
}
