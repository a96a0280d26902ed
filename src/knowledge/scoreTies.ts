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
