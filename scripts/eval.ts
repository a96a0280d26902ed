/**
 * Retrieval evaluation on the real knowledge folder.
 * Usage: npx tsx scripts/eval.ts [--misses] [--min-confidence=0.3]
 * Prints top-1/top-3 per language and per topic for the tuning and the held-out questions separately.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPartnerships } from '../src/partnerships/partnerships';
import { evaluate, loadEvalQuestions, type Accuracy, type EvalReport } from '../src/knowledge/evaluation';
import { openKnowledge } from '../src/knowledge/knowledgeService';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const minArg = args.find((a) => a.startsWith('--min-confidence='));
const minConfidence = minArg ? Number(minArg.split('=')[1]) : undefined;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (label: string, a: Accuracy) => `  ${label.padEnd(12)} n=${String(a.count).padStart(3)}  top1 ${pct(a.top1)}  top3 ${pct(a.top3)}`;

function print(name: string, report: EvalReport): void {
  console.log(`\n== ${name} ==`);
  console.log(row('all', report.total));
  for (const [lang, a] of Object.entries(report.byLanguage).sort()) console.log(row(`lang ${lang}`, a));
  for (const [topic, a] of Object.entries(report.byTopic).sort()) console.log(row(topic, a));
  console.log(`  answered in asker's language: ${pct(report.ownLanguageAnswerShare)}   confident & correct: ${pct(report.confidentCorrectShare)}`);
  if (report.skipped.length) console.log(`  skipped (expected entry missing): ${report.skipped.map((q) => q.expected).join(', ')}`);
  if (showMisses) for (const m of report.misses) console.log(`  MISS [${m.question.lang}] ${m.question.q} → expected ${m.question.expected}, got ${m.got.join(', ')}`);
}

const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
const { knowledge, index, problems } = openKnowledge({
  knowledgeDir: path.join(root, 'knowledge'),
  knownRegions: catalog.regions.map((r) => r.id),
  strict: false,
});
console.log(`${knowledge.entries.length} entries${problems.length ? `, ${problems.length} problem(s) (invalid entries skipped)` : ''}`);
for (const [name, file] of [['tuning', 'questions.tuning.json'], ['held-out', 'questions.heldout.json']] as const) {
  print(name, evaluate(loadEvalQuestions(path.join(root, 'test/eval', file)), knowledge, index, { minConfidence }));
}
