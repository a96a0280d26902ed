/**
 * Gaps where the bot used to answer with an unrelated entry: children's vaccinations in Tsu, the Paris Region and
 * Geneva, France's investor residence permit, compulsory training until 18 in Geneva, Japanese-speaking doctors in the
 * Paris Region, and who signed the Tokyo–NRW memorandum. End to end through POST /api/messages, a fresh conversation
 * each; the reply carries the fact a user asked for.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('tsu-vaccines-en', 'en', 'Does my toddler get his jabs for free in Tsu?', [['予診票'], ['Mie']]),
  answerCase('tsu-vaccines-ja', 'ja', '津市で子どもの予防接種を受けるには何が必要ですか', [['予診票']]),
  answerCase('paris-vaccines-fr', 'fr', 'Quels vaccins mon bébé doit-il recevoir obligatoirement à Paris ?', [['1er janvier 2018']]),
  answerCase('geneva-vaccines-en', 'en', 'Is vaccinating my baby mandatory in Geneva?', [['Swiss vaccination plan']]),
  answerCase('paris-investor-en', 'en', 'What is the minimum investment for the French talent investor residence card?', [['300,000']]),
  answerCase('geneva-fo18-fr', 'fr', "À Genève, jusqu'à quel âge la formation est-elle obligatoire ?", [['18 ans']]),
  answerCase('paris-japanese-doctor-ja', 'ja', 'パリで日本語で診てもらえる医者を探しています', [['在フランス日本国大使館']]),
  answerCase('memorandum-signing-de', 'de', 'Wer hat die Absichtserklärung zwischen Tokio und NRW unterschrieben und wann?', [['31. Mai 2021']]),
];

describe('questions about children\'s vaccinations, investors, training until 18 and the memorandum', () => {
  const service = serviceForTests();

  it('are answered from the entry that carries the fact', async () => {
    expect(await failingCases(service().url, 'child-vaccinations-investors-schooling', cases)).toEqual([]);
  }, 180_000);
});
