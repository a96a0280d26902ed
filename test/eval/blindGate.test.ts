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

  it(`every blind set passes at least ${BLIND_MIN_PASS_RATE * 100} % of its cases`, async () => {
    for (const set of sets) {
      const results: CaseResult[] = await runBlindSet(service.url, set);
      const rate = results.filter((result) => result.pass).length / Math.max(1, results.length);
      expect({ set: set.set, rate }).toMatchObject({ set: set.set });
      expect(rate, `${set.set}: ${(rate * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(BLIND_MIN_PASS_RATE);
    }
  }, 300_000);
});
