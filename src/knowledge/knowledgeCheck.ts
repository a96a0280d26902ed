/** The checks behind `scripts/knowledge-check.ts`: schema, parity, sources, aliases and freshness. */
import fs from 'node:fs';
import path from 'node:path';
import { AliasTable } from './aliases';
import { Lexicon } from './lexicon';
import { EmergencyDetector } from './emergencyDetector';
import type { Entry } from './entrySchema';
import type { KnowledgeProblem } from './errors';
import { staleEntries } from './freshness';
import { inspectKnowledge } from './loadKnowledge';
import { loadIntentExamples } from '../conversation/understanding/intentExamples';

export interface KnowledgeCheckResult {
  /** False when any schema, parity, source or alias problem exists (stale entries do not fail). */
  ok: boolean;
  entries: number;
  byRegion: Record<string, number>;
  problems: KnowledgeProblem[];
  stale: Pick<Entry, 'id' | 'checked'>[];
}

/**
 * Checks a knowledge folder (`entries/` + `aliases.json`).
 *
 * @example
 * const result = checkKnowledge({ knowledgeDir: 'knowledge', knownRegions: ['tokyo', 'nrw'], today: '2026-11-24' });
 * if (!result.ok) process.exit(1);
 */
export function checkKnowledge(options: {
  knowledgeDir: string;
  knownRegions: Iterable<string>;
  /** Languages required per region (its partnership's). */
  requiredLanguages?: Readonly<Record<string, readonly string[]>> | undefined;
  today: string;
  months?: number | undefined;
}): KnowledgeCheckResult {
  const { knowledge, problems } = inspectKnowledge({
    entriesDir: path.join(options.knowledgeDir, 'entries'),
    knownRegions: options.knownRegions,
    requiredLanguages: options.requiredLanguages,
  });
  const aliasFile = path.join(options.knowledgeDir, 'aliases.json');
  if (fs.existsSync(aliasFile)) {
    try {
      AliasTable.load(aliasFile);
    } catch (error) {
      problems.push({ file: 'aliases.json', problem: (error as Error).message });
    }
  }
  try {
    Lexicon.loadDir(path.join(options.knowledgeDir, 'lexicon'));
  } catch (error) {
    problems.push({ file: 'lexicon', problem: (error as Error).message });
  }
  const intentsFile = path.join(options.knowledgeDir, 'intents.json');
  if (fs.existsSync(intentsFile)) {
    try {
      loadIntentExamples(intentsFile);
    } catch (error) {
      problems.push({ file: 'intents.json', problem: (error as Error).message });
    }
  }
  const emergenciesFile = path.join(options.knowledgeDir, 'emergencies.json');
  try {
    EmergencyDetector.load(emergenciesFile);
  } catch (error) {
    problems.push({ file: 'emergencies.json', problem: (error as Error).message });
  }
  // `related` must name entries that exist: a dangling id would silently drop a choice.
  for (const entry of knowledge.entries) {
    for (const id of entry.related ?? []) {
      if (!knowledge.byId(id)) problems.push({ file: `entries/${entry.region}/${entry.id}/en.md`, problem: `related entry "${id}" does not exist` });
    }
  }
  const byRegion: Record<string, number> = {};
  for (const entry of knowledge.entries) byRegion[entry.region] = (byRegion[entry.region] ?? 0) + 1;
  return {
    ok: problems.length === 0,
    entries: knowledge.entries.length,
    byRegion,
    problems,
    stale: staleEntries(knowledge.entries, options.today, options.months ?? 12).map(({ id, checked }) => ({ id, checked })),
  };
}
