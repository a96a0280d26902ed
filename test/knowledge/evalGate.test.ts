/**
 * Retrieval quality gate on the REAL knowledge folder. Thresholds sit a few points below the measured
 * figures (see `npx tsx scripts/eval.ts`); raise them when retrieval improves, never lower them silently.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ALL_REGIONS } from '../../src/knowledge/entrySchema';
import { loadEvalQuestions } from '../../src/knowledge/evaluation';
import { runEvalSuite } from '../../src/knowledge/evalSuite';
import { loadPartnerships } from '../../src/partnerships/partnerships';
import { repoRoot } from './helpers';

const MIN_ENTRIES = 20;
// Measured 2026-11-24 on 74 entries: tuning top-3 100 %, held-out top-3 94.0 %, top-1 92.5 %, own language 95.5 %.
// Regression floors, not targets. Held-out top-1 fell from 92.5 % (74 entries) to 85.1 % with 237 entries: new, more
// specific entries compete for the old questions; reviewed cases are accepted through `alsoAccept`.
const GATE = { tuningTop3: 0.95, heldoutTop3: 0.9, heldoutTop1: 0.84, ownLanguage: 0.9 };

const suite = runEvalSuite({ root: repoRoot });
const enough = suite.opened.knowledge.entries.length >= MIN_ENTRIES;
if (!enough) {
  console.warn(`[evalGate] skipped: only ${suite.opened.knowledge.entries.length} valid entries in knowledge/entries (need ${MIN_ENTRIES}).`);
}

describe.skipIf(!enough)('retrieval eval gate (real knowledge)', () => {
  it('the real knowledge folder validates', () => {
    expect(suite.opened.problems).toEqual([]);
  });

  it('every labelled question points at an entry that exists (≥ 150 questions)', () => {
    expect([...suite.tuning.skipped, ...suite.heldout.skipped].map((q) => q.expected)).toEqual([]);
    expect(suite.tuning.total.count + suite.heldout.total.count).toBeGreaterThanOrEqual(150);
  });

  it(`tuning top-3 ≥ ${GATE.tuningTop3}`, () => {
    expect(suite.tuning.total.top3).toBeGreaterThanOrEqual(GATE.tuningTop3);
  });

  it(`held-out top-3 ≥ ${GATE.heldoutTop3} and top-1 ≥ ${GATE.heldoutTop1}`, () => {
    expect(suite.heldout.total.top3).toBeGreaterThanOrEqual(GATE.heldoutTop3);
    expect(suite.heldout.total.top1).toBeGreaterThanOrEqual(GATE.heldoutTop1);
  });

  it('never returns another region\'s entry for any eval question asked in any region', () => {
    const regions = loadPartnerships(path.join(repoRoot, 'knowledge/partnerships.json')).regions.map((r) => r.id);
    const questions = ['questions.tuning.json', 'questions.heldout.json'].flatMap((f) => loadEvalQuestions(path.join(repoRoot, 'test/eval', f)));
    for (const region of regions) {
      for (const q of questions) {
        for (const hit of suite.opened.index.search(q.q, { language: q.lang, region, limit: 10 })) {
          expect([region, ALL_REGIONS], `${region}: ${q.q} → ${hit.entryId}`).toContain(suite.opened.knowledge.byId(hit.entryId)!.region);
        }
      }
    }
  });

  it('answers in the asker language', () => {
    expect(suite.heldout.ownLanguageAnswerShare).toBeGreaterThanOrEqual(GATE.ownLanguage);
  });
});
