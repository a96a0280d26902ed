/**
 * Issue 8: families are users. A spouse or child joining a staff member in Tokyo asks which status they get; the answer
 * names "Dependent" (家族滞在, Immigration Control and Refugee Recognition Act, Appended Table I (4)) and the 28-hour
 * work permission. End to end through POST /api/messages; fails without the entry's family section.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('dependent-en', 'en', 'my husband wants to come with me to Tokyo, what visa does he need?', [['Dependent'], ['28 hours']]),
  answerCase('dependent-de', 'de', 'Welches Visum braucht mein Mann, wenn er mit nach Tokio kommt?', [['Dependent'], ['28 Stunden']]),
  answerCase('dependent-ja', 'ja', '夫も一緒に東京に住みたい。在留資格は何？', [['家族滞在'], ['28時間']]),
];

describe('family members of staff in Tokyo', () => {
  const service = serviceForTests();

  it('get the "Dependent" status with its work limit', async () => {
    expect(await failingCases(service().url, 'family-status', cases)).toEqual([]);
  }, 120_000);
});
