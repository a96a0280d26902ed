/**
 * Issue 8, everyday needs of newcomers on the Tsu ⇄ Paris Region / Geneva side: a daycare place in Geneva (the City of
 * Geneva's BIPE) and a bank account in Japan for someone living in Tsu, asked in ja, fr and en, end to end through
 * POST /api/messages (fresh conversation each, neutral browser locale). Before these entries the questions reached
 * the Japanese supplementary school, the rent deposit or the pension lump sum.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  ask('geneva-daycare-en', 'en', 'daycare in Geneva for our 1 year old, where do we apply?', [['BIPE'], ['12th week', '16 weeks']]),
  ask('geneva-creche-fr', 'fr', 'crèche à Genève pour mon bébé', [['BIPE'], ['022 418 81 81']]),
  ask('geneva-creche-ja', 'ja', 'ジュネーブで赤ちゃんを保育園に入れたい', [['BIPE'], ['妊娠12週', '生後16週']]),
  // A French licence is used for a year with a Japanese translation before it has to be converted (JAF).
  ask('tsu-french-licence-fr', 'fr', "je vis à Tsu, combien de temps puis-je conduire avec mon permis français ?", [['un an'], ['JAF']]),
  ask('tsu-french-licence-en', 'en', 'how long can I drive in Tsu with my French driving licence?', [['one year'], ['JAF']]),
  ask('tsu-bank-en', 'en', 'how do I open a bank account in Tsu?', [['residence card'], ['seal', 'signature']], ['Paris', 'Geneva']),
  ask('tsu-bank-fr', 'fr', 'ouvrir un compte bancaire au Japon, on habite à Tsu', [['carte de résident'], ['sceau', 'signature']]),
  ask('tsu-bank-ja', 'ja', '津市で銀行口座を作るには何が必要？', [['在留カード'], ['印鑑']]),
];

describe('everyday facts for newcomers in Tsu and Geneva', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'tsu-newcomer-facts', cases)).toEqual([]);
  });
});
