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
 * The floor for a set not listed below; not the target: issue 8 asks 90 % on a new blind set, which kakehashi does
 * not reach yet (blind3, the newest, 86.1 % and 71.7 %).
 */
const BLIND_MIN_PASS_RATE = 0.6;
/**
 * Regression floors per set, about five points under the figures of 2026-11-30 (`npm run eval`: blind 90.2 / 94.8,
 * blind2 82.5 / 78.5, blind3 86.1 / 71.7, probe 83.8 / 82.4 %; blind4 86.0 / 81.2 %). The evaluation is deterministic, so a drop below a
 * floor is a change in behaviour, not noise.
 */
const FLOOR_BY_SET_PREFIX: Record<string, number> = {
  'blind-': 0.85,
  'blind2-': 0.73,
  'blind3-tokyo-nrw': 0.8,
  'blind3-tsu': 0.66,
  'blind4-tokyo-nrw': 0.81,
  'blind4-tsu': 0.76,
  // Written 2026-11-30 (session 4); at main e86485f: blind5 80.9 / 77.2 %, probe2 75.8 / 68.5 %.
  'blind5-tokyo-nrw': 0.76,
  'blind5-tsu': 0.72,
  'probe2-tokyo-nrw': 0.71,
  'probe2-tsu': 0.63,
  probe: 0.77,
};
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
