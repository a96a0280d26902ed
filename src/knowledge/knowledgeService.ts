/**
 * One call that opens the knowledge folder: entries, aliases and search index together.
 * This is what the bot's composition root, the scripts and the eval gate use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AliasTable } from './aliases';
import type { KnowledgeProblem } from './errors';
import { KnowledgeValidationError } from './errors';
import { inspectKnowledge, type KnowledgeBase } from './loadKnowledge';
import { KnowledgeSearchIndex, type SearchTuning } from './searchIndex';
import { loadIndexSnapshot } from './indexSnapshot';

export interface OpenKnowledgeOptions {
  /** The `knowledge/` folder (holds `entries/` and `aliases.json`). */
  knowledgeDir: string;
  /** Region ids from partnerships.json. */
  knownRegions: Iterable<string>;
  /** true (default): throw {@link KnowledgeValidationError} on any problem; false: skip invalid entries and report them. */
  strict?: boolean | undefined;
  tuning?: Partial<SearchTuning> | undefined;
  /** Prebuilt snapshot (`dist/knowledge-index.json`, see `indexSnapshot.ts`); used only when strict and fresh, else the index is built. */
  snapshotFile?: string | undefined;
}

export interface OpenedKnowledge {
  knowledge: KnowledgeBase;
  index: KnowledgeSearchIndex;
  aliases: AliasTable;
  /** Problems of skipped entries (always empty when strict). */
  problems: KnowledgeProblem[];
}

/**
 * Loads entries and aliases and builds the search index.
 *
 * @example
 * const { knowledge, index } = openKnowledge({ knowledgeDir: 'knowledge', knownRegions: ['tokyo', 'nrw'] });
 * composeAnswer(index.search('Kita', { language: 'de', region: 'nrw' }), knowledge, { language: 'de' });
 */
export function openKnowledge(options: OpenKnowledgeOptions): OpenedKnowledge {
  const knownRegions = [...options.knownRegions];
  if (options.snapshotFile && (options.strict ?? true)) {
    const snapshot = loadIndexSnapshot(options.snapshotFile, { knowledgeDir: options.knowledgeDir, knownRegions, tuning: options.tuning });
    if (snapshot) return snapshot;
  }
  const { knowledge, problems } = inspectKnowledge({ entriesDir: path.join(options.knowledgeDir, 'entries'), knownRegions });
  if ((options.strict ?? true) && problems.length > 0) throw new KnowledgeValidationError(problems);
  const aliasFile = path.join(options.knowledgeDir, 'aliases.json');
  const aliases = fs.existsSync(aliasFile) ? AliasTable.load(aliasFile) : AliasTable.empty();
  const index = new KnowledgeSearchIndex(knowledge.entries, { aliases, knownRegions, tuning: options.tuning });
  return { knowledge, index, aliases, problems };
}
