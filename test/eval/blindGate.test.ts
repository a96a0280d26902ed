/**
 * Gate on the blind sets (test/eval/blind/*.json), end to end through /api/messages. Runs only when blind files
 * exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBlindSets, runBlindSet, type CaseResult } from '../../src/knowledge/blindEvaluation';
import { startService, type RunningService } from '../support/startService';

/**
 * A regression floor under the figures measured when each set was added (see test/eval/blind/README.md), not the
 * target: issue 8 asks 90 % on a new blind set, which kakehashi does not reach yet.
 */
const BLIND_MIN_PASS_RATE = 0.6;
/**
 * Sets that start lower get their own floor, under the figure measured when they were added (README.md there):
 * the probe sets were written to find faults, many in subjects the knowledge did not cover yet.
 */
const FLOOR_BY_SET_PREFIX: Record<string, number> = { probe: 0.55 };
const floorOf = (set: string) => Object.entries(FLOOR_BY_SET_PREFIX).find(([prefix]) => set.startsWith(prefix))?.[1] ?? BLIND_MIN_PASS_RATE;
const blindDir = path.resolve(import.meta.dirname, 'blind');
const sets = fs.existsSync(blindDir) ? loadBlindSets(blindDir) : [];

describe.skipIf(sets.length === 0)('blind-set gate (end to end)', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it(`every blind set passes at least its floor (${BLIND_MIN_PASS_RATE * 100} % unless listed) of its cases`, async () => {
    for (const set of sets) {
      const results: CaseResult[] = await runBlindSet(service.url, set);
      const rate = results.filter((result) => result.pass).length / Math.max(1, results.length);
      expect({ set: set.set, rate }).toMatchObject({ set: set.set });
      expect(rate, `${set.set}: ${(rate * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(floorOf(set.set));
    }
  }, 300_000);
});
