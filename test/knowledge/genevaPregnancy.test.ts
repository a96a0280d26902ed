/**
 * A pregnancy in Geneva: the family learns that pregnancy care costs them no deductible or co-payment and where the
 * birth is declared (HUG), not the crèche entry that merely mentions the 12th week of pregnancy.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  ask('fr', 'fr', 'ma femme est enceinte, on habite à genève', [['sans franchise ni quote-part'], ['état civil']], ['BIPE']),
  ask('en', 'en', 'pregnant in geneva, who pays the check-ups?', [['without deductible or co-payment']], ['BIPE']),
  ask('ja', 'ja', 'ジュネーブで妊娠中です。健診の費用は？', [['自己負担なし']], ['BIPE']),
];

describe('pregnancy in Geneva', () => {
  const service = serviceForTests();
  it('is answered with the cost rule and where the birth is declared', async () => {
    expect(await failingCases(service().url, 'geneva-pregnancy', cases)).toEqual([]);
  }, 120_000);
});
