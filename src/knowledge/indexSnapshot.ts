/**
 * The knowledge snapshot: entries plus the built search index, written at build time (`npm run build`) to
 * `dist/knowledge-index.json` and loaded at start instead of parsing every entry file and indexing again
 * (≈ 1.2 s → ≈ 0.1 s on a 2-core machine).
 *
 * It also carries what the answerer derives from the knowledge (the understanding step's scope classifier and
 * vocabulary table, the region terms; see `PreparedKnowledge`) and the German compound vocabulary, so that none of it
 * is computed at start either.
 *
 * The snapshot carries a SHA-256 over everything that shapes it: every file under `knowledge/`, every source file
 * under `src/knowledge/` (the parser, analysis and index code), `src/conversation/understanding/` and `src/answers/`,
 * the known regions and the tuning. When any of them differs at start the snapshot is stale and ignored, and the caller
 * builds the index as before. It also carries each of those files' size and modification time: when none changed,
 * the start only stats the files instead of hashing them.
 */
import { emptyIntentExamples } from '../conversation/understanding/intentExamples';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AliasTable } from './aliases';
import type { Entry } from './entrySchema';
import { knowledgeBaseOf } from './loadKnowledge';
import { KnowledgeSearchIndex, type SearchIndexState, type SearchTuning } from './searchIndex';
import type { OpenedKnowledge, PreparedKnowledge } from './knowledgeService';

/** File name of the snapshot inside the build output directory. */
export const INDEX_SNAPSHOT_FILE = 'knowledge-index.json';

/** Source of the code that parses and indexes knowledge (this file's folder), part of the freshness key. */
const knowledgeCodeDir = path.dirname(fileURLToPath(import.meta.url));
/** Source of the code whose derived structures the snapshot carries (understanding step, answerer), also part of the key. */
const derivedCodeDirs = ['../conversation/understanding', '../answers'].map((dir) => path.join(knowledgeCodeDir, dir));

const SNAPSHOT_VERSION = 3;

interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
  key: string;
  entries: Entry[];
  aliasGroups: ConstructorParameters<typeof AliasTable>[0];
  index: SearchIndexState;
  prepared?: PreparedKnowledge | undefined;
  /** The files of the key as they were when it was computed: unchanged files need not be hashed again. */
  stamps?: FileStamps | undefined;
}

interface FileStamps {
  settings: string;
  /** `name` → [size in bytes, modification time in ms]. */
  files: Record<string, [number, number]>;
}

/** What determines a snapshot's content. */
export interface SnapshotInputs {
  /** The `knowledge/` folder. */
  knowledgeDir: string;
  knownRegions: readonly string[];
  tuning?: Partial<SearchTuning> | undefined;
  /** Place names (partnerships.json, already part of the key): weighed down at query time. */
  placeNames?: readonly string[] | undefined;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Every file that shapes a snapshot, with the name it has in the key (`knowledge:<relative path>` or `code:…`). */
function keyFiles(inputs: SnapshotInputs): { name: string; file: string }[] {
  const dirs = [['knowledge', inputs.knowledgeDir], ['code', knowledgeCodeDir], ...derivedCodeDirs.map((dir) => ['code', dir] as const)] as const;
  const files: { name: string; file: string }[] = [];
  for (const [label, dir] of dirs) {
    for (const file of filesUnder(dir)) {
      if (label === 'code' && !/\.[cm]?[jt]s$/.test(file)) continue;
      files.push({ name: `${label}:${path.relative(dir, file)}`, file });
    }
  }
  return files;
}

const settingsOf = (inputs: SnapshotInputs): string => JSON.stringify({ regions: [...inputs.knownRegions].sort(), tuning: inputs.tuning ?? null });

/**
 * The freshness key of a snapshot: SHA-256 (hex) over paths and contents of every knowledge file and every
 * knowledge source file, plus regions and tuning.
 */
export function snapshotKey(inputs: SnapshotInputs): string {
  const hash = createHash('sha256');
  hash.update(settingsOf(inputs));
  for (const { name, file } of keyFiles(inputs)) {
    hash.update(`\0${name}\0`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Size and modification time (ms) of every file of the key, and the regions and tuning: when all are as at build
 * time, the key is too, and the start need not read and hash ≈ 1,000 files (≈ 35 → 13 ms on a 2-core machine).
 */
function stampsOf(inputs: SnapshotInputs): FileStamps {
  const files: Record<string, [number, number]> = {};
  for (const { name, file } of keyFiles(inputs)) {
    const stat = fs.statSync(file);
    files[name] = [stat.size, stat.mtimeMs];
  }
  return { settings: settingsOf(inputs), files };
}

function sameStamps(a: FileStamps, b: FileStamps): boolean {
  if (a.settings !== b.settings) return false;
  const names = Object.keys(a.files);
  if (names.length !== Object.keys(b.files).length) return false;
  return names.every((name) => {
    const [size, mtimeMs] = a.files[name]!;
    const other = b.files[name];
    return other !== undefined && other[0] === size && other[1] === mtimeMs;
  });
}

/**
 * Writes the snapshot of already opened knowledge.
 *
 * @param opened - Result of `openKnowledge` with the same inputs (strict, no problems).
 * @param file - Destination path; its folder is created.
 * @param prepared - What the answerer derived from `opened` (`KnowledgeAnswerer.preparedState()`), if anything.
 * @returns The key written.
 */
export function saveIndexSnapshot(opened: OpenedKnowledge, inputs: SnapshotInputs, file: string, prepared?: PreparedKnowledge): string {
  const stamps = stampsOf(inputs);
  const key = snapshotKey(inputs);
  const snapshot: IndexSnapshot = {
    version: SNAPSHOT_VERSION,
    key,
    entries: [...opened.knowledge.entries],
    aliasGroups: opened.aliases.groups,
    index: opened.index.exportState(),
    prepared,
    stamps,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed, so a reader never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(snapshot));
  fs.renameSync(temporary, file);
  return key;
}

/**
 * Loads a snapshot if it exists and matches `inputs`.
 *
 * @returns The opened knowledge, or `undefined` when the file is missing, unreadable, of another version or stale.
 */
export function loadIndexSnapshot(file: string, inputs: SnapshotInputs): OpenedKnowledge | undefined {
  let snapshot: IndexSnapshot;
  try {
    snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as IndexSnapshot;
  } catch {
    return undefined;
  }
  if (snapshot.version !== SNAPSHOT_VERSION) return undefined;
  // Files with the size and modification time they had when the key was computed are taken as unchanged; any
  // other difference (an edited, added or removed file, other regions) is settled by the content hash.
  const unchanged = snapshot.stamps !== undefined && sameStamps(snapshot.stamps, stampsOf(inputs));
  if (!unchanged && snapshot.key !== snapshotKey(inputs)) return undefined;
  const aliases = new AliasTable(snapshot.aliasGroups);
  const index = new KnowledgeSearchIndex(snapshot.entries, {
    aliases,
    knownRegions: inputs.knownRegions,
    tuning: inputs.tuning,
    placeNames: inputs.placeNames,
    prebuilt: snapshot.index,
  });
  return { knowledge: knowledgeBaseOf(snapshot.entries), index, aliases, problems: [], intents: emptyIntentExamples(), prepared: snapshot.prepared };
}

/**
 * Build step: opens the knowledge strictly (invalid knowledge fails the build) and writes the snapshot into `outDir`.
 *
 * @returns The snapshot file and the number of entries.
 * @throws KnowledgeValidationError when the knowledge is invalid.
 */
export async function writeIndexSnapshot(options: { knowledgeDir: string; outDir: string }): Promise<{ file: string; entries: number }> {
  const { openKnowledge } = await import('./knowledgeService');
  const { loadPartnerships, requiredLanguagesByRegion } = await import('../partnerships/partnerships');
  const catalog = loadPartnerships(path.join(options.knowledgeDir, 'partnerships.json'));
  const knownRegions = catalog.regions.map((region) => region.id);
  const opened = openKnowledge({ knowledgeDir: options.knowledgeDir, knownRegions, requiredLanguages: requiredLanguagesByRegion(catalog) });
  // The answerer as the service builds it, so that what it derives is what the service would derive at start.
  const { KnowledgeAnswerer } = await import('../answers/knowledgeAnswerer');
  const { createLogger } = await import('../logging/logger');
  const prepared = new KnowledgeAnswerer({ knowledge: opened, regions: catalog.regions, logger: createLogger('silent') }).preparedState();
  const file = path.join(options.outDir, INDEX_SNAPSHOT_FILE);
  saveIndexSnapshot(opened, { knowledgeDir: options.knowledgeDir, knownRegions }, file, prepared);
  return { file, entries: opened.knowledge.entries.length };
}
