/**
 * What the two agreements' source texts say, asked as users ask it, plus four gaps on the Tsu side: getting to Chubu
 * Centrair by the Tsu Airport Line, the international school in Tsu, the childbirth lump sum, and how much of a Geneva
 * SA's capital is paid in at formation. End to end through POST /api/messages (fresh conversation each); each reply
 * must carry the sourced fact, not a neighbouring entry.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  // CLAIR Paris report (Tsu City, March 2013): cluster of 5 of the 7 mission companies, exclusive Japan deal with SRB.
  ask('renaissance5-ja', 'ja', '「津市ルネサンス5」って何？', [['SRB'], ['太陽集熱']]),
  ask('mission-outcomes-en', 'en', 'what came out of the Tsu mission to Europe in 2012?', [['SRB Energy Research'], ['16']]),
  ask('mission-outcomes-fr', 'fr', "qu'a donné la mission de Tsu en Europe en 2012 ?", [['Tsu Renaissance 5'], ['16']]),
  ask('cern-en', 'en', 'did CERN take part in the Tsu–Geneva signing?', [['CERN'], ['reception']]),
  ask('cern-ja', 'ja', '津市とジュネーブの調印式にCERNは参加した？', [['CERN'], ['レセプション']]),
  // Sectors: ARD — mechatronics, medical/welfare devices, environment/energy, aerospace; OPI — mechatronics, cleantech.
  ask('sectors-geneva-en', 'en', 'which sectors does the Tsu–Geneva agreement focus on?', [['mechatronics'], ['cleantech']]),
  ask('sectors-fr', 'fr', "quels secteurs l'accord entre Tsu et Genève vise-t-il ?", [['mécatronique'], ['cleantech']]),
  ask('signatory-ja', 'ja', '津市とARDの協定は誰が署名した？', [['前葉'], ['アンジャルベール']]),
  ask('background-en', 'en', 'how did the Tsu agreements with Paris and Geneva come about?', [['Annecy'], ['2009']]),
  // Asked from the partner's side (the region named is Geneva or Paris; the answer is Tsu's entry on its agreements).
  ask('partner-geneva-ja', 'ja', 'ジュネーブ側の協定相手はどこ？いつ締結？', [['OPI', 'ジュネーブ州産業振興機構'], ['2012']]),
  ask('partner-geneva-fr', 'fr', 'depuis quand Tsu coopère avec Genève ?', [['OPI'], ['2012']]),
  ask('partner-paris-en', 'en', 'when did tsu sign with the paris region?', [['ARD'], ['2012']]),
  // Tsu City (Kōhō Tsu, Nov 2025): about 45 minutes from Tsu Nagisamachi; operator: 2 h before international flights.
  ask('airport-en', 'en', 'how do I get from Tsu to Chubu Centrair airport?', [['Tsu Airport Line'], ['45 minutes'], ['Nagisamachi']]),
  ask('airport-ja', 'ja', '津からセントレアへの行き方は？', [['津エアポートライン'], ['約45分']]),
  ask('airport-fr', 'fr', "comment aller de Tsu à l'aéroport du Chubu ?", [['Tsu Airport Line'], ['45 minutes']]),
  // Mie Prefecture: Mie International School in Tsu, 6-year primary + kindergarten, IPC in English.
  ask('intl-school-en', 'en', 'is there an international school in Tsu?', [['Mie International School'], ['English']]),
  ask('intl-school-ja', 'ja', '津市にインターナショナルスクールはある？', [['三重インターナショナルスクール'], ['英語']]),
  ask('intl-school-fr', 'fr', 'y a-t-il une école internationale à Tsu ?', [['Mie International School'], ['anglais']]),
  // Health Insurance Act Enforcement Order: 500,000 yen per child for births from 1 April 2023.
  ask('lump-sum-ja', 'ja', '津市で出産したら出産育児一時金はいくら？', [['50万円'], ['国民健康保険']]),
  ask('lump-sum-en', 'en', 'how much is the childbirth lump-sum allowance in Tsu?', [['500,000'], ['2023']]),
  // Code of obligations: SA capital at least CHF 100,000, at least CHF 50,000 paid in at formation.
  ask('sa-paid-in-ja', 'ja', 'ジュネーブでSA設立するとき、最初に払い込む額は？', [['50,000'], ['100,000']]),
  ask('sa-paid-in-fr', 'fr', 'SA à Plan-les-Ouates : combien doit être libéré à la création ?', [['50 000'], ['100 000']]),
  // Tokyo–NRW memorandum, section 4(4); contacts of section 2.
  ask('memo-existing-en', 'en', 'does the Tokyo–NRW memorandum replace existing agreements?', [['existing arrangements'], ['4(4)']]),
  ask('memo-network-de', 'de', 'Welche Stellen nennt die Absichtserklärung Tokio–NRW als Ansprechpartner?', [['NRW.Global Business'], ['Handel und Industrie']]),
];

describe('agreement facts and Tsu gaps', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'tsu-agreement-facts-gaps', cases)).toEqual([]);
  }, 240_000);
});
