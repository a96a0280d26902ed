/**
 * Every region of both partnerships answers "what is the minimum wage?" with its figure and the date it applies
 * from, end to end through POST /api/messages, in the partnership's languages. Tsu, Paris and Geneva had no entry.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  ask('geneva-fr', 'fr', 'quel est le salaire minimum à Genève ?', [['24,48'], ['1er janvier 2025']]),
  ask('geneva-ja', 'ja', 'ジュネーブの最低賃金は時給いくら？', [['24.48'], ['2025年1月1日']]),
  ask('paris-en', 'en', 'minimum wage in paris?', [['12.02'], ['1 January 2026']]),
  ask('paris-fr', 'fr', 'c’est combien le smic horaire en 2026 ?', [['12,02']]),
  ask('tsu-ja', 'ja', '津市の最低賃金は？', [['1,087円'], ['2025年']]),
  ask('tsu-en', 'en', "what's the minimum wage in Mie", [['1,087 yen']]),
  ask('tokyo-en', 'en', 'minimum wage tokyo?', [['1,226 yen']]),
  ask('nrw-de', 'de', 'Wie hoch ist der Mindestlohn in Köln?', [['13,90']]),
];

describe('minimum wage in every region', () => {
  const service = serviceForTests();
  it('answers with the figure and the date it applies from', async () => {
    expect(await failingCases(service().url, 'minimum-wages', cases)).toEqual([]);
  }, 120_000);
});
