/**
 * Knowledge search benchmark: load time, index build time, per-query latency (p50/p95/p99) over ≥ 1000 queries
 * drawn from the eval questions (each with its language and region).
 * Usage: npx tsx bench/knowledgeBench.ts [--queries=2000]
 * The main bench can import {@link runKnowledgeBench}.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPartnerships } from '../src/partnerships/partnerships';
import { AliasTable } from '../src/knowledge/aliases';
import { loadEvalQuestions } from '../src/knowledge/evaluation';
import { inspectKnowledge } from '../src/knowledge/loadKnowledge';
import { KnowledgeSearchIndex } from '../src/knowledge/searchIndex';

export interface KnowledgeBenchResult {
  entries: number;
  documents: number;
  loadMs: number;
  buildMs: number;
  queries: number;
  queryMs: { p50: number; p95: number; p99: number; mean: number };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs the benchmark against the repository's knowledge folder and returns the figures (also printed unless `quiet`).
 *
 * @example
 * const result = runKnowledgeBench({ root: process.cwd(), queries: 1000 });
 * console.log(result.queryMs.p95);
 */
export function runKnowledgeBench(options: { root?: string; queries?: number; quiet?: boolean } = {}): KnowledgeBenchResult {
  const root = options.root ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const count = Math.max(1000, options.queries ?? 2000);
  const regions = loadPartnerships(path.join(root, 'knowledge/partnerships.json')).regions.map((r) => r.id);

  let t = performance.now();
  const { knowledge } = inspectKnowledge({ entriesDir: path.join(root, 'knowledge/entries'), knownRegions: regions });
  const aliases = AliasTable.load(path.join(root, 'knowledge/aliases.json'));
  const loadMs = performance.now() - t;

  t = performance.now();
  // Without the service's cache of recent searches: the queries repeat, and the search itself is what is timed.
  const index = new KnowledgeSearchIndex(knowledge.entries, { aliases, knownRegions: regions, searchCacheSize: 0 });
  const buildMs = performance.now() - t;

  const questions = [
    ...loadEvalQuestions(path.join(root, 'test/eval/questions.tuning.json')),
    ...loadEvalQuestions(path.join(root, 'test/eval/questions.heldout.json')),
  ];
  // Warm-up (JIT, segmenter caches) is not measured.
  for (const q of questions.slice(0, 50)) index.search(q.q, { language: q.lang, region: q.region ?? undefined });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = questions[i % questions.length]!;
    const start = performance.now();
    index.search(q.q, { language: q.lang, region: q.region ?? undefined });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result: KnowledgeBenchResult = {
    entries: knowledge.entries.length,
    documents: knowledge.entries.reduce((n, e) => n + e.languages.length, 0),
    loadMs,
    buildMs,
    queries: count,
    queryMs: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      mean: times.reduce((a, b) => a + b, 0) / times.length,
    },
  };
  if (!options.quiet) {
    const f = (x: number) => x.toFixed(2);
    console.log(`knowledge: ${result.entries} entries, ${result.documents} documents`);
    console.log(`  load ${f(loadMs)} ms, index build ${f(buildMs)} ms`);
    console.log(`  ${count} queries: p50 ${f(result.queryMs.p50)} ms, p95 ${f(result.queryMs.p95)} ms, p99 ${f(result.queryMs.p99)} ms, mean ${f(result.queryMs.mean)} ms`);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.find((a) => a.startsWith('--queries='));
  runKnowledgeBench({ queries: arg ? Number(arg.split('=')[1]) : undefined });
}
