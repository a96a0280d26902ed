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
import { emptyIntentExamples, loadIntentExamples, type IntentExamples } from '../conversation/understanding/intentExamples';
import { loadIndexSnapshot } from './indexSnapshot';
import { Lexicon } from './lexicon';
import { EmergencyDetector } from './emergencyDetector';
import type { MessageUnderstandingState } from '../conversation/understanding/messageUnderstanding';
import type { RegionTermsState } from './regionTermCounts';
import type { RegionOwnTermsState } from './regionTerms';

export interface OpenKnowledgeOptions {
  /** The `knowledge/` folder (holds `entries/` and `aliases.json`). */
  knowledgeDir: string;
  /** Region ids from partnerships.json. */
  knownRegions: Iterable<string>;
  /** Languages required per region (its partnership's); see `LoadKnowledgeOptions.requiredLanguages`. */
  requiredLanguages?: Readonly<Record<string, readonly string[]>> | undefined;
  /** true (default): throw {@link KnowledgeValidationError} on any problem; false: skip invalid entries and report them. */
  strict?: boolean | undefined;
  tuning?: Partial<SearchTuning> | undefined;
  /** Prebuilt snapshot (`dist/knowledge-index.json`, see `indexSnapshot.ts`); used only when strict and fresh, else the index is built. */
  snapshotFile?: string | undefined;
  /** Place names weighed down in questions; default: every region's `placeNames` in `<knowledgeDir>/partnerships.json`. */
  placeNames?: readonly string[] | undefined;
}

function placeNamesIn(knowledgeDir: string): string[] {
  const file = path.join(knowledgeDir, 'partnerships.json');
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { regions?: { placeNames?: string[]; ambiguousPlaceNames?: string[] }[] };
  return (data.regions ?? []).flatMap((region) => [...(region.placeNames ?? []), ...(region.ambiguousPlaceNames ?? [])]);
}

export interface OpenedKnowledge {
  knowledge: KnowledgeBase;
  index: KnowledgeSearchIndex;
  aliases: AliasTable;
  /** Problems of skipped entries (always empty when strict). */
  problems: KnowledgeProblem[];
  /** Small-talk, out-of-scope and follow-up examples (`intents.json`; empty when the file is absent). */
  intents: IntentExamples;
  /** Per-language domain words → English query terms (`lexicon/<lang>.json`; empty when the folder is absent). */
  lexicon?: Lexicon;
  /** The emergency situations (`emergencies.json`; detects nothing when the file is absent). */
  emergencies?: EmergencyDetector;
  /** What the answerer derives from the knowledge, prepared at build time (snapshot only; otherwise computed at start). */
  prepared?: PreparedKnowledge | undefined;
}

/** Structures the answerer derives from entries and examples, saved in the build-time snapshot (`indexSnapshot.ts`). */
export interface PreparedKnowledge {
  /** The understanding step's scope classifier and vocabulary table (with the lexicon's and small talk's words). */
  understanding?: MessageUnderstandingState | undefined;
  /** How many of each region's entries use each term (`regionTermCounts.ts`). */
  regionTerms?: RegionTermsState | undefined;
  /** Per Latin-script language, the terms whose region and country lean does not travel into the entries' other languages: `[language, region terms, country terms]`. */
  regionUntravelledTerms?: [string, string[], string[]][] | undefined;
  /** The terms that belong to one region only ("Kbis" → paris; `regionTerms.ts`). */
  regionOwnTerms?: RegionOwnTermsState | undefined;
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
  const placeNames = options.placeNames ?? placeNamesIn(options.knowledgeDir);
  const intentsFile = path.join(options.knowledgeDir, 'intents.json');
  const intents = fs.existsSync(intentsFile) ? loadIntentExamples(intentsFile) : emptyIntentExamples();
  const lexicon = Lexicon.loadDir(path.join(options.knowledgeDir, 'lexicon'));
  const emergenciesFile = path.join(options.knowledgeDir, 'emergencies.json');
  const emergencies = fs.existsSync(emergenciesFile) ? EmergencyDetector.load(emergenciesFile) : EmergencyDetector.empty();
  if (options.snapshotFile && (options.strict ?? true)) {
    // The snapshot was validated with the same files when it was built (its key hashes every knowledge file).
    const snapshot = loadIndexSnapshot(options.snapshotFile, { knowledgeDir: options.knowledgeDir, knownRegions, tuning: options.tuning, placeNames });
    if (snapshot) return { ...snapshot, intents, lexicon, emergencies };
  }
  const { knowledge, problems } = inspectKnowledge({ entriesDir: path.join(options.knowledgeDir, 'entries'), knownRegions, requiredLanguages: options.requiredLanguages });
  if ((options.strict ?? true) && problems.length > 0) throw new KnowledgeValidationError(problems);
  const aliasFile = path.join(options.knowledgeDir, 'aliases.json');
  const aliases = fs.existsSync(aliasFile) ? AliasTable.load(aliasFile) : AliasTable.empty();
  const index = new KnowledgeSearchIndex(knowledge.entries, { aliases, knownRegions, tuning: options.tuning, placeNames });
  return { knowledge, index, aliases, problems, intents, lexicon, emergencies };
}
