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
  // Raised 2026-11-30 (session 5) to about five points under that day's end figures (`npm run eval`): blind 98.3 / 98.7,
  // blind2 87.3 / 89.2, blind3 89.8 / 84.8, blind4 87.1 / 86.1, blind5 86.1 / 89.1, probe 94.8 / 91.9, probe2 97.7 / 95.5 %.
  'blind-': 0.93,
  'blind2-': 0.82,
  'blind3-tokyo-nrw': 0.84,
  'blind3-tsu': 0.79,
  'blind4-tokyo-nrw': 0.82,
  'blind4-tsu': 0.81,
  'blind5-tokyo-nrw': 0.81,
  'blind5-tsu': 0.84,
  // Written 2026-11-30 (session 5) by an eighth writer; at the session's start 86.4 / 87.0 %, at its end 87.5 / 89.0 %.
  'blind6-tokyo-nrw': 0.82,
  'blind6-tsu': 0.84,
  // Written 2026-11-30 (session 6) by a ninth writer; at the session's start 85.4 / 82.7 %, at its end 87.7 / 88.5 %.
  'blind7-tokyo-nrw': 0.82,
  'blind7-tsu': 0.83,
  // Written 2026-11-30 (session 7) by a tenth writer; at the session's start 87.7 / 87.4 %.
  'blind8-tokyo-nrw': 0.83,
  'blind8-tsu': 0.82,
  // Written 2026-11-30 (session 8) by a twelfth writer; at the session's start 87.8 / 94.0 %.
  'blind9-tokyo-nrw': 0.83,
  'blind9-tsu': 0.9,
  // Written at the end of session 8 by a thirteenth writer, measured on the session's start and end code: 93.5 / 90.3 % both.
  'blind10-tokyo-nrw': 0.89,
  'blind10-tsu': 0.86,
  // Written at the start of session 9 by a fourteenth writer; at the session's start 91.3 / 91.6 %, at its end 91.9 / 92.5 %.
  'blind11-tokyo-nrw': 0.87,
  'blind11-tsu': 0.87,
  // Written at the end of session 9, measured on the session's start (90.3 / 89.2 %) and end code (90.9 / 87.4 %);
  // a diagnosis set from session 13 (its failing cases read).
  'blind12-tokyo-nrw': 0.86,
  'blind12-tsu': 0.82,
  // Written at the start of session 10 by a seventeenth writer; at the session's start 93.4 / 92.2 %, at its end 94.6 / 91.4 %;
  // a diagnosis set from session 13 (its failing cases read).
  'blind13-tokyo-nrw': 0.9,
  'blind13-tsu': 0.89,
  // Written at the start of session 11 by an eighteenth writer; at the session's start 96.0 / 95.8 %.
  'blind14-tokyo-nrw': 0.93,
  'blind14-tsu': 0.92,
  // Written in the middle of session 11 by a nineteenth writer; on the session's start code 91.1 / 89.9 %;
  // a diagnosis set from session 13 (its failing cases read).
  'blind15-tokyo-nrw': 0.88,
  'blind15-tsu': 0.87,
  // Written at the start of session 12 by a twentieth writer; on the session's start code 95.0 / 96.2 %.
  'blind16-tokyo-nrw': 0.93,
  'blind16-tsu': 0.94,
  // Written in the middle of session 12 by a twenty-first writer; on the session's start code 91.9 / 91.7 %.
  'blind17-tokyo-nrw': 0.91,
  'blind17-tsu': 0.9,
  // Written at the start of session 13 by a twenty-second writer; on the session's start code 90.6 / 90.0 %.
  // a diagnosis set from session 15 (its failing cases read).
  'blind18-tokyo-nrw': 0.89,
  'blind18-tsu': 0.88,
  // Written at the start of session 14 by a twenty-third writer; on the session's start code 93.2 / 92.3 %;
  // a diagnosis set from session 16 (its failing cases read).
  'blind19-tokyo-nrw': 0.91,
  'blind19-tsu': 0.9,
  // Written at the start of session 15 by a twenty-fourth writer; on the session's start code 92.7 / 95.0 %.
  'blind20-tokyo-nrw': 0.91,
  'blind20-tsu': 0.93,
  // Written at the start of session 16 by a twenty-fifth writer; on the session's start code 93.8 / 91.2 %;
  // a diagnosis set from session 17 (its failing cases read).
  'blind21-tokyo-nrw': 0.91,
  'blind21-tsu': 0.89,
  // Written at the start of session 17 by a twenty-sixth writer; on the session's start code 93.1 / 92.6 %;
  // a diagnosis set from session 18 (its failing cases read).
  'blind22-tokyo-nrw': 0.91,
  'blind22-tsu': 0.9,
  // Written at the start of session 18 by a twenty-seventh writer; on the session's start code 90.0 / 92.3 % (with the
  // grader's Swiss 144), at its end 90.6 / 93.1 %.
  'blind23-tokyo-nrw': 0.88,
  'blind23-tsu': 0.9,
  // Diagnosis set of session 9 (looked at); at the session's start 90.9 / 86.9 %, at its end 96.8 / 92.5 %.
  'probe5-tokyo-nrw': 0.92,
  'probe5-tsu': 0.88,
  // Diagnosis set of session 8 (looked at); at the session's start 86.6 / 86.7 %.
  'probe4-tokyo-nrw': 0.86,
  'probe4-tsu': 0.87,
  'probe2-tokyo-nrw': 0.92,
  'probe2-tsu': 0.9,
  probe: 0.86,
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
