/**
 * The evaluation suite on the real repository: knowledge folder + partnerships + the two question sets.
 * Used by `scripts/eval.ts` and the vitest gate `test/knowledge/evalGate.test.ts`.
 */
import path from 'node:path';
import { loadPartnerships, requiredLanguagesByRegion } from '../partnerships/partnerships';
import fs from 'node:fs';
import { evaluate, loadEvalQuestions, outOfScopeDeclineShare, type EvalReport, type OutOfScopeQuestion } from './evaluation';
import { openKnowledge, type OpenedKnowledge } from './knowledgeService';
import type { SearchTuning } from './searchIndex';

export interface EvalSuiteResult {
  opened: OpenedKnowledge;
  tuning: EvalReport;
  heldout: EvalReport;
  /** Share of `questions.outofscope.json` the composer declines (undefined when the file is absent). */
  outOfScopeDeclined: number | undefined;
  /**
   * Per-partnership question sets in `test/eval/<set>/questions.{tuning,heldout}.json` (e.g. `tsu` for
   * Tsu ⇄ Paris Region/Geneva), reported beside the main sets.
   */
  sets: Record<string, { tuning: EvalReport; heldout: EvalReport }>;
}

export interface EvalSuiteOptions {
  /** Repository root (holds `knowledge/` and `test/eval/`). */
  root: string;
  minConfidence?: number | undefined;
  tuning?: Partial<SearchTuning> | undefined;
}

/**
 * Opens the real knowledge folder (invalid entries skipped, reported in `opened.problems`) and evaluates the
 * tuning and held-out question sets.
 *
 * @example
 * const { tuning, heldout } = runEvalSuite({ root: process.cwd() });
 * console.log(heldout.total.top3);
 */
export function runEvalSuite(options: EvalSuiteOptions): EvalSuiteResult {
  const catalog = loadPartnerships(path.join(options.root, 'knowledge/partnerships.json'));
  const opened = openKnowledge({
    knowledgeDir: path.join(options.root, 'knowledge'),
    knownRegions: catalog.regions.map((r) => r.id),
    requiredLanguages: requiredLanguagesByRegion(catalog),
    strict: false,
    tuning: options.tuning,
  });
  const run = (file: string) =>
    evaluate(loadEvalQuestions(path.join(options.root, 'test/eval', file)), opened.knowledge, opened.index, {
      minConfidence: options.minConfidence,
    });
  const outOfScopeFile = path.join(options.root, 'test/eval/questions.outofscope.json');
  const outOfScopeDeclined = fs.existsSync(outOfScopeFile)
    ? outOfScopeDeclineShare(loadEvalQuestions<OutOfScopeQuestion>(outOfScopeFile), opened.knowledge, opened.index, {
        minConfidence: options.minConfidence,
      })
    : undefined;
  const evalDir = path.join(options.root, 'test/eval');
  const sets: EvalSuiteResult['sets'] = {};
  for (const entry of fs.readdirSync(evalDir, { withFileTypes: true })) {
    const tuningFile = path.join(entry.name, 'questions.tuning.json');
    if (!entry.isDirectory() || !fs.existsSync(path.join(evalDir, tuningFile))) continue;
    sets[entry.name] = { tuning: run(tuningFile), heldout: run(path.join(entry.name, 'questions.heldout.json')) };
  }
  return { opened, tuning: run('questions.tuning.json'), heldout: run('questions.heldout.json'), outOfScopeDeclined, sets };
}
