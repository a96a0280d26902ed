/** The near hit covering clearly more of the question comes first (see `withFullerCoverageFirst`). */
import { describe, expect, it } from 'vitest';
import { withFullerCoverageFirst } from '../../src/knowledge/scoreTies';

type Candidate = [string, { score: number; coverage: number }];
const hit = (id: string, score: number, coverage: number): Candidate => [id, { score, coverage }];
const ids = (ranked: Candidate[]) => ranked.map(([id]) => id);

describe('withFullerCoverageFirst', () => {
  it('puts a near hit that covers clearly more of the question first, the rest in order', () => {
    expect(ids(withFullerCoverageFirst([hit('anmeldung', 82, 0.69), hit('dog', 75, 0.6), hit('company', 71, 1)]))).toEqual(['company', 'anmeldung', 'dog']);
  });

  it('keeps the best hit when the fuller one scores too far below it', () => {
    expect(ids(withFullerCoverageFirst([hit('a', 100, 0.5), hit('b', 70, 1)]))).toEqual(['a', 'b']);
  });

  it('keeps the best hit when the other covers only a little more', () => {
    expect(ids(withFullerCoverageFirst([hit('a', 100, 0.8), hit('b', 95, 1)]))).toEqual(['a', 'b']);
  });

  it('of several fuller near hits, takes the fullest', () => {
    expect(ids(withFullerCoverageFirst([hit('a', 100, 0.4), hit('b', 95, 0.7), hit('c', 90, 0.9)]))).toEqual(['c', 'a', 'b']);
  });

  it('looks at the three hits after the best one only', () => {
    expect(ids(withFullerCoverageFirst([hit('a', 100, 0.4), hit('b', 99, 0.4), hit('c', 98, 0.4), hit('d', 97, 0.4), hit('e', 96, 1)]))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('leaves an empty list as it is', () => {
    expect(withFullerCoverageFirst([])).toEqual([]);
  });
});
