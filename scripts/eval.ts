/**
 * Evaluation on the real knowledge folder.
 * Usage: npx tsx scripts/eval.ts [--misses] [--min-confidence=0.3] [--blind-sample] [--sets=blind-,probe]
 * First the blind sets (test/eval/blind/*.json), graded end to end through POST /api/messages of an in-process
 * service: pass rate overall, per language, per topic, per kind. Then retrieval top-1/top-3 per language and per
 * topic for the tuning and the held-out questions. `--blind-sample` grades test/eval/blind-sample/ instead of
 * test/eval/blind/ (the grader's own test file, never counted).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import pino from 'pino';
import { createKakehashi, shutdown } from '../src/app';
import { loadConfig } from '../src/config';
import { loadBlindSets, runBlindSet, type CaseResult } from '../src/knowledge/blindEvaluation';
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

function printBlind(results: CaseResult[]): void {
  const rate = (items: CaseResult[]) => `${pct(items.filter((r) => r.pass).length / Math.max(1, items.length))} (${items.filter((r) => r.pass).length}/${items.length})`;
  const by = (key: (r: CaseResult) => string[]) => {
    const groups = new Map<string, CaseResult[]>();
    for (const result of results) for (const k of key(result)) groups.set(k, [...(groups.get(k) ?? []), result]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  console.log(`  all          ${rate(results)}`);
  for (const [lang, items] of by((r) => [r.lang])) console.log(`  lang ${lang.padEnd(7)} ${rate(items)}`);
  for (const [topic, items] of by((r) => [r.topic])) console.log(`  topic ${topic.padEnd(6)} ${rate(items)}`);
  for (const [kind, items] of by((r) => [...new Set(r.kinds)])) console.log(`  kind ${kind.padEnd(7)} ${rate(items)}`);
  console.log(`  multi-turn   ${rate(results.filter((r) => r.turns > 1))}`);
  if (showMisses) {
    for (const r of results.filter((x) => !x.pass)) {
      console.log(`  FAIL ${r.id} [${r.lang}] ${r.reasons.join('; ')}`);
      for (const reply of r.failingReplies) console.log(`       ${reply}`);
    }
  }
}

async function runBlind(): Promise<void> {
  const dir = path.join(root, 'test/eval', args.includes('--blind-sample') ? 'blind-sample' : 'blind');
  // --sets=blind-,probe : only the files whose name contains one of these (diagnosis runs).
  const only = args.find((arg) => arg.startsWith('--sets='))?.slice('--sets='.length).split(',');
  const sets = loadBlindSets(dir).filter((set) => !only || only.some((part) => path.basename(set.file).startsWith(part)));
  if (sets.length === 0) {
    console.log(`\n== blind: no files in ${path.relative(root, dir)} ==`);
    return;
  }
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const kakehashi = await createKakehashi(config, { logger: pino({ level: 'silent' }) });
  const server = await new Promise<Server>((resolve) => {
    const listening = kakehashi.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const set of sets) {
      console.log(`\n== ${set.set} (${path.relative(root, set.file)}, end to end through /api/messages) ==`);
      printBlind(await runBlindSet(baseUrl, set));
    }
  } finally {
    await shutdown(server, kakehashi, 2000);
  }
}

await runBlind();
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
