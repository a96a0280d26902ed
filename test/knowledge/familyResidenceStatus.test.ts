/**
 * Issue 8: families are users. A spouse or child joining a staff member in Tokyo asks which status they get; the answer
 * names "Dependent" (家族滞在, Immigration Control and Refugee Recognition Act, Appended Table I (4)) and the work
 * permission (資格外活動許可; the tokyo-staff-visas entry gives its 28-hour limit, tokyo-dependent-family-visa names the
 * permission and points to the Agency's page for the limit). End to end through POST /api/messages; fails without the entry's family section.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('dependent-en', 'en', 'my husband wants to come with me to Tokyo, what visa does he need?', [['Dependent'], ['28 hours', 'permission to engage in activity other than']]),
  answerCase('dependent-de', 'de', 'Welches Visum braucht mein Mann, wenn er mit nach Tokio kommt?', [['Dependent'], ['28 Stunden', 'Erlaubnis für Tätigkeiten außerhalb']]),
  answerCase('dependent-ja', 'ja', '夫も一緒に東京に住みたい。在留資格は何？', [['家族滞在'], ['28時間', '資格外活動許可']]),
];

describe('family members of staff in Tokyo', () => {
  const service = serviceForTests();

  it('get the "Dependent" status with its work limit', async () => {
    expect(await failingCases(service().url, 'family-status', cases)).toEqual([]);
  }, 120_000);
});
