/**
 * Facts people on the Tsu ⇄ Paris Region / Geneva side ask first and that had no entry: how long the Certificate of
 * Eligibility takes, what founding a company costs in Paris and Geneva, who introduces partners, mobile phone
 * contracts, Paris waste sorting and when to go to the maternity. Asked in ja, fr and en, end to end through
 * POST /api/messages (fresh conversation each); each reply must carry the sourced fact, not a neighbouring entry.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  // Immigration Services Agency: standard processing period 1–3 months, no fee.
  ask('coe-tsu-ja', 'ja', '津に赴任する前の在留資格認定証明書はどのくらいかかる？', [['1か月〜3か月'], ['手数料']]),
  ask('coe-tsu-fr', 'fr', "combien de temps pour le certificat d'éligibilité business manager au Japon ?", [['1 à 3 mois']]),
  // Service-Public.fr: EUR 35.59 registration + EUR 20.34 beneficial owners.
  ask('costs-paris-fr', 'fr', "combien coûte la création d'une SARL à Paris ?", [['35,59'], ['20,34']]),
  ask('costs-paris-ja', 'ja', 'パリでSASを設立する費用はいくら？', [['35.59'], ['20.34']]),
  // Geneva: no official typical total; notary tariff and federal register fees, capital CHF 20,000 for a Sàrl.
  ask('costs-geneva-en', 'en', 'how much does it cost to found a Sàrl in Geneva?', [['notary'], ['20,000'], ['OEmol-RC', 'E 6 05.03']]),
  ask('matching-paris-ja', 'ja', 'パリで取引先を紹介してくれる機関はありますか', [['Choose Paris Region'], ['ジェトロ']]),
  ask('matching-geneva-en', 'en', 'who can help us find a partner company in Geneva?', [['GGBa'], ['Enterprise Europe Network', 'EEN']]),
  ask('matching-tsu-en', 'en', 'who can introduce a French SME to Japanese companies in Mie?', [['Business Support Center'], ['Mie Prefecture']]),
  ask('mobile-paris-fr', 'fr', 'comment avoir un forfait mobile à Paris ?', [['24 mois'], ['L224-28']]),
  ask('mobile-geneva-ja', 'ja', 'ジュネーブでSIMカードを買うには何が必要？', [['パスポート'], ['20a']]),
  ask('mobile-tsu-en', 'en', 'how do I get a phone contract in Tsu?', [['Mobile Phone Improper Use Prevention Act'], ['date of birth']]),
  ask('waste-paris-ja', 'ja', 'パリのごみの出し方を教えて', [['黄色'], ['ガラス']]),
  ask('birth-paris-fr', 'fr', "j'ai perdu les eaux, que faire à Paris ?", [['maternité'], ['contractions']], ['plainte']),
  ask('birth-geneva-fr', 'fr', 'le travail a commencé, quand partir à la maternité à Genève ?', [['HUG'], ['urgences gynécologiques']]),
  ask('birth-tsu-ja', 'ja', '津で陣痛が始まったらどうすればいい？', [['病院'], ['タクシー']]),
];

describe('first facts for the Tsu ⇄ Paris Region / Geneva partnership', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'tsu-partnership-first-facts', cases)).toEqual([]);
  }, 180_000);
});
