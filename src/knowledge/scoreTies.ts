/**
 * Search hits whose scores the index cannot tell apart: a tie is settled by how much of the question an entry covers,
 * then by the asker's words its title names (see `KnowledgeSearchIndex.search`).
 */

/** Scores within this share of each other are a tie, broken by coverage, then by the asker's words in the entries' titles. */
export const SCORE_TIE = 0.01;

/** Coverages (0–1) this close are the same for breaking a tie of scores. */
const SAME_COVERAGE = 0.05;

/**
 * Candidates sorted by descending score, with each run of ties (scores within {@link SCORE_TIE} of the run's first)
 * reordered by how much of the question they cover, then by `inTitle` (computed only for candidates in a tie), as
 * far as the `keep` best reach; the order within a run is kept otherwise.
 */
export function withTiesBroken<T extends [string, { score: number; coverage: number }]>(sorted: T[], inTitle: (candidate: T) => number, keep: number): T[] {
  const out: T[] = [];
  // Only the runs that reach into the `keep` best are reordered; the long tail of weak hits is left as it is.
  for (let start = 0; start < sorted.length; ) {
    if (out.length >= keep) {
      out.push(...sorted.slice(start));
      break;
    }
    let end = start + 1;
    while (end < sorted.length && sorted[end]![1].score >= sorted[start]![1].score * (1 - SCORE_TIE)) end += 1;
    if (end - start === 1) out.push(sorted[start]!);
    else {
      const run = sorted.slice(start, end).map((candidate) => ({ candidate, title: inTitle(candidate) }));
      const coverage = (item: { candidate: T }) => item.candidate[1].coverage;
      run.sort((a, b) => (Math.abs(coverage(a) - coverage(b)) > SAME_COVERAGE ? coverage(b) - coverage(a) : b.title - a.title));
      out.push(...run.map(({ candidate }) => candidate));
    }
    start = end;
  }
  return out;
}

/** A hit scoring at least this share of the best one… */
export const NEAR_SCORE = 0.8;
/** …and covering this much more of the question (0–1) comes first: see {@link withFullerCoverageFirst}. */
export const COVERAGE_GAIN = 0.25;
/** How many hits after the best one may take its place. */
export const NEAR_CANDIDATES = 3;

/**
 * The best hit gives way to a near one that covers clearly more of the question: "if i'm on a business manager visa in
 * tokyo, what visa does my wife get?" is the Dependent status (it covers "wife" too), not the Business Manager status,
 * whose title and questions say "business manager" and "visa" more often. Near: a score of at least {@link NEAR_SCORE} of the best one's and a coverage at
 * least {@link COVERAGE_GAIN} higher; the fullest such hit comes first, the rest keep their order.
 * @param ranked candidates best first, each with its score and coverage (0–1)
 */
export function withFullerCoverageFirst<T extends [string, { score: number; coverage: number }]>(ranked: T[]): T[] {
  const [best] = ranked;
  if (!best) return ranked;
  let chosen = -1;
  for (let i = 1; i <= NEAR_CANDIDATES && i < ranked.length; i++) {
    const [, hit] = ranked[i]!;
    if (hit.score < best[1].score * NEAR_SCORE || hit.coverage < best[1].coverage + COVERAGE_GAIN) continue;
    if (chosen < 0 || hit.coverage > ranked[chosen]![1].coverage) chosen = i;
  }
  return chosen < 0 ? ranked : [ranked[chosen]!, ...ranked.filter((_, i) => i !== chosen)];
}
