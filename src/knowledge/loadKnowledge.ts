/**
 * Loads every entry under `entries/<region>/<entry-id>/<lng>.md`, validates each file and the parity
 * between an entry's language files, and throws ONE {@link KnowledgeValidationError} listing all problems.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KnowledgeValidationError, type KnowledgeProblem } from './errors';
import {
  ALL_REGIONS,
  REQUIRED_LANGUAGES,
  parseEntryFile,
  type Entry,
  type EntryContent,
  type ParsedEntryFile,
  type Topic,
} from './entrySchema';

export interface LoadKnowledgeOptions {
  /** The `entries` directory (contains one folder per region). */
  entriesDir: string;
  /** Region ids from partnerships.json. `both` is always accepted. */
  knownRegions: Iterable<string>;
  /**
   * The languages an entry of each region must have: its partnership's (`requiredLanguagesByRegion`).
   * A region not listed (and `both`) needs {@link REQUIRED_LANGUAGES}. English is always required: it is the fallback.
   */
  requiredLanguages?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** The loaded, validated knowledge. */
export interface KnowledgeBase {
  readonly entries: readonly Entry[];
  /** The entry with this id, or undefined. */
  byId(id: string): Entry | undefined;
  /** Entries of a region (plus `both` entries) and/or topic; no filter = all. */
  entriesFor(filter: { region?: string | undefined; topic?: Topic | undefined }): Entry[];
}

const LANGUAGE_FILE = /^([a-z]{2,3})\.md$/;

const listDirs = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/**
 * Wraps a list of entries as a {@link KnowledgeBase} (used by the loader and by tests).
 *
 * @example
 * const kb = knowledgeBaseOf(entries); kb.byId('tokyo-emergency-numbers');
 */
export function knowledgeBaseOf(entries: readonly Entry[]): KnowledgeBase {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    byId: (id) => byId.get(id),
    entriesFor: ({ region, topic }) =>
      entries.filter(
        (e) => (region === undefined || e.region === region || e.region === ALL_REGIONS) && (topic === undefined || e.topic === topic),
      ),
  };
}

/**
 * Loads and validates all entries in `entriesDir`.
 *
 * @throws KnowledgeValidationError with every problem (file + problem) when anything is invalid.
 * @example
 * const kb = loadKnowledge({ entriesDir: 'knowledge/entries', knownRegions: ['tokyo', 'nrw'] });
 * kb.byId('nrw-kita-childcare')?.content.de.summary;
 */
export function loadKnowledge(options: LoadKnowledgeOptions): KnowledgeBase {
  const { knowledge, problems } = inspectKnowledge(options);
  if (problems.length > 0) throw new KnowledgeValidationError(problems);
  return knowledge;
}

/** Result of {@link inspectKnowledge}: the valid entries and every problem found. */
export interface KnowledgeInspection {
  /** Only the entries without problems. */
  knowledge: KnowledgeBase;
  problems: KnowledgeProblem[];
}

/**
 * Like {@link loadKnowledge} but never throws for invalid entries: returns the valid ones plus all problems
 * (for `scripts/knowledge-check.ts`, and for evaluating while authors are still writing).
 *
 * @example
 * const { knowledge, problems } = inspectKnowledge({ entriesDir, knownRegions: ['tokyo', 'nrw'] });
 */
export function inspectKnowledge(options: LoadKnowledgeOptions): KnowledgeInspection {
  const { entriesDir } = options;
  const knownRegions = new Set(options.knownRegions);
  const problems: KnowledgeProblem[] = [];
  const entries: Entry[] = [];
  const seen = new Map<string, string>();

  if (!fs.existsSync(entriesDir)) {
    throw new KnowledgeValidationError([{ file: entriesDir, problem: 'entries directory does not exist' }]);
  }

  for (const regionDir of listDirs(entriesDir)) {
    if (regionDir !== ALL_REGIONS && !knownRegions.has(regionDir)) {
      problems.push({ file: regionDir, problem: `folder is not a known region (${[...knownRegions, ALL_REGIONS].join(', ')})` });
    }
    for (const entryDir of listDirs(path.join(entriesDir, regionDir))) {
      const rel = `${regionDir}/${entryDir}`;
      if (seen.has(entryDir)) problems.push({ file: rel, problem: `entry id also used in ${seen.get(entryDir)}` });
      seen.set(entryDir, rel);
      const required = options.requiredLanguages?.[regionDir] ?? REQUIRED_LANGUAGES;
      const entry = loadEntry(path.join(entriesDir, regionDir, entryDir), regionDir, entryDir, knownRegions, problems, required);
      if (entry) entries.push(entry);
    }
  }
  return { knowledge: knowledgeBaseOf(entries), problems };
}

function loadEntry(
  dir: string,
  regionDir: string,
  entryId: string,
  knownRegions: ReadonlySet<string>,
  problems: KnowledgeProblem[],
  requiredLanguages: readonly string[] = REQUIRED_LANGUAGES,
): Entry | undefined {
  const rel = `${regionDir}/${entryId}`;
  const files = new Map<string, ParsedEntryFile>();
  let fileProblems = false;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = `${rel}/${name}`;
    const language = LANGUAGE_FILE.exec(name)?.[1];
    if (!language) {
      problems.push({ file, problem: 'file name must be <language>.md, e.g. ja.md' });
      fileProblems = true;
      continue;
    }
    const result = parseEntryFile(fs.readFileSync(path.join(dir, name), 'utf8'), knownRegions);
    if (!result.ok) {
      for (const problem of result.problems) problems.push({ file, problem });
      fileProblems = true;
      continue;
    }
    const parsed = result.value;
    if (parsed.id !== entryId) problems.push({ file, problem: `id "${parsed.id}" differs from folder "${entryId}"` });
    if (parsed.region !== regionDir) problems.push({ file, problem: `region "${parsed.region}" differs from folder "${regionDir}"` });
    if (!entryId.startsWith(`${regionDir}-`)) problems.push({ file, problem: `id must start with "${regionDir}-"` });
    files.set(language, parsed);
  }
  for (const language of new Set([...requiredLanguages, 'en'])) {
    if (!fs.existsSync(path.join(dir, `${language}.md`))) {
      problems.push({ file: `${rel}/${language}.md`, problem: `required language "${language}" missing` });
      fileProblems = true;
    }
  }
  if (fileProblems) return undefined;

  const reference = files.get('en')!;
  const referenceUrls = reference.content.sources.map((s) => s.url);
  let parityOk = true;
  for (const [language, parsed] of files) {
    if (language === 'en') continue;
    const file = `${rel}/${language}.md`;
    const mismatch = (what: string) => {
      problems.push({ file, problem: `${what} differs from en.md` });
      parityOk = false;
    };
    if (parsed.id !== reference.id) mismatch('id');
    if (parsed.region !== reference.region) mismatch('region');
    if (parsed.topic !== reference.topic) mismatch('topic');
    if (!sameList(parsed.audience, reference.audience)) mismatch('audience');
    if (!sameList(parsed.content.sources.map((s) => s.url), referenceUrls)) mismatch('source URLs');
  }
  if (!parityOk) return undefined;

  const content: Record<string, EntryContent> = {};
  for (const [language, parsed] of files) content[language] = parsed.content;
  // The oldest check date of the language files: an entry is only as fresh as its stalest translation.
  const checked = [...files.values()].map((f) => f.checked).sort()[0]!;
  return {
    id: entryId,
    region: reference.region,
    topic: reference.topic,
    audience: reference.audience,
    sources: reference.content.sources,
    checked,
    ...(reference.related ? { related: reference.related } : {}),
    languages: [...files.keys()],
    content: content as Entry['content'],
  };
}
