/**
 * Retrieval evaluation on the real knowledge folder.
 * Usage: npx tsx scripts/eval.ts [--misses] [--min-confidence=0.3]
 * Prints top-1/top-3 per language and per topic for the tuning and the held-out questions separately,
 * and the share of answers given in the asker's language.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Accuracy, EvalReport } from '../src/knowledge/evaluation';
import { runEvalSuite } from '../src/knowledge/evalSuite';

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
  console.log(`  answered in asker's language: ${pct(report.ownLanguageAnswerShare)}   answered confidently & correctly: ${pct(report.confidentCorrectShare)}`);
  if (report.skipped.length) console.log(`  skipped (expected entry missing): ${report.skipped.map((q) => q.expected).join(', ')}`);
  if (showMisses) {
    for (const m of report.misses) console.log(`  MISS [${m.question.lang}] ${m.question.q} → expected ${m.question.expected}, got ${m.got.join(', ')}`);
  }
}

const { opened, tuning, heldout, outOfScopeDeclined, sets } = runEvalSuite({ root, minConfidence });
console.log(`${opened.knowledge.entries.length} entries${opened.problems.length ? `, ${opened.problems.length} problem(s): invalid entries skipped (see scripts/knowledge-check.ts)` : ''}`);
print('tuning', tuning);
print('held-out (never tuned on)', heldout);
if (outOfScopeDeclined !== undefined) {
  console.log(`\n== out of scope (questions.outofscope.json, used to calibrate the confidence threshold) ==\n  declined (low-confidence): ${pct(outOfScopeDeclined)}`);
}
for (const [name, set] of Object.entries(sets)) {
  print(`${name}: tuning (test/eval/${name})`, set.tuning);
  print(`${name}: held-out (never tuned on)`, set.heldout);
}
