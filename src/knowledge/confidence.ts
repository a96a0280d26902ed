/**
 * Confidence of ranked search hits, in [0, 1]. BM25 scores are unbounded and not comparable across
 * queries, so confidence is built from relative quantities only:
 *
 * - coverage_i: IDF-weighted share of the query's own terms (not alias expansions) that hit i matched
 *   (exact match = full weight, fuzzy/prefix = half; terms unseen in the corpus weigh most, so
 *   "Rezept für Apfelkuchen" matching only "Rezept" gets a low coverage);
 * - margin: (s_1 − s_2) / s_1, how far the best entry is ahead of the runner-up;
 * - relative_i: s_i / s_1.
 *
 * confidence_i = coverage_i^0.75 · relative_i · (0.5 + 0.5 · min(1, 2 · margin)), clamped to [0, 1].
 *
 * So a hit that matches all query terms and leads by ≥ 50 % gets 1; a hit that leads but ties closely with
 * the runner-up is capped near 0.5; lower-ranked hits scale with their score ratio. The answer composer
 * compares the top hit's confidence with a threshold calibrated on the tuning questions (see `scripts/eval.ts`).
 */

export interface ScoredCandidate {
  score: number;
  /** IDF-weighted share of the query's terms this candidate matched, in [0, 1]. */
  coverage: number;
}

/**
 * Confidences for candidates sorted by descending score.
 *
 * @example
 * confidences([{ score: 10, coverage: 1 }, { score: 4, coverage: 0.5 }]); // [1, 0.24…]
 */
export function confidences(ranked: readonly ScoredCandidate[]): number[] {
  const top = ranked[0];
  if (!top || top.score <= 0) return ranked.map(() => 0);
  const second = ranked[1]?.score ?? 0;
  const margin = (top.score - second) / top.score;
  const marginFactor = 0.5 + 0.5 * Math.min(1, 2 * margin);
  return ranked.map((candidate) => {
    const coverage = Math.max(0, Math.min(1, candidate.coverage));
    const value = coverage ** 0.75 * (candidate.score / top.score) * marginFactor;
    return Math.max(0, Math.min(1, value));
  });
}
