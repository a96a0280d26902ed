/**
 * Issue 8, second partnership (Tsu ⇄ Paris Region / Geneva): an on-call doctor at night or on Sunday in Paris, what the
 * CAF and the CPAM are, whether a foreigner registers at the town hall in France, opening a bank account in Geneva, a
 * doctor on Sunday in Geneva and what founding a company costs in Tsu — each asked in ja, fr and en, end to end through
 * POST /api/messages (fresh conversation each). The reply must carry the fact of the entry that holds it, and a
 * "préfecture" asked about a French residence permit must not be answered from the Tsu (Mie prefecture) side.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  ask('paris-garde-fr', 'fr', 'médecin de garde dimanche paris', [['15'], ['médecin régulateur', 'médecin de garde']], ['Tsu', 'Genève']),
  ask('paris-garde-en', 'en', 'my doctor is closed, how do I see a doctor on a Sunday in Paris?', [['15'], ['regulating doctor', 'on-call doctor']], ['Tsu', 'Geneva']),
  ask('paris-garde-ja', 'ja', 'パリで日曜に医者にかかりたい', [['15'], ['当番医', '調整医']]),
  ask('paris-caf-fr', 'fr', "c'est quoi la CAF", [['allocations familiales'], ['CPAM', 'Assurance Maladie']]),
  ask('paris-caf-en', 'en', 'what is the difference between the CAF and the CPAM in France?', [['family'], ['health']]),
  ask('paris-caf-ja', 'ja', 'フランスのCAFとCPAMの違いは？', [['家族手当'], ['医療']]),
  ask('paris-mairie-fr', 'fr', "en tant qu'étranger, dois-je m'inscrire à la mairie en arrivant à Paris ?", [['3 mois'], ['adresse']]),
  ask('paris-mairie-en', 'en', 'do foreigners have to register at the town hall when they move to Paris?', [['3 months'], ['address']]),
  ask('paris-mairie-ja', 'ja', 'フランスで引っ越したら滞在許可証の住所変更は必要？', [['3か月'], ['住所']]),
  ask('geneva-bank-fr', 'fr', 'ouvrir un compte bancaire à Genève', [['identité'], ['PostFinance']]),
  ask('geneva-bank-en', 'en', 'how do I open a bank account in Geneva?', [['identity'], ['PostFinance']], ['Tsu', 'residence card']),
  ask('geneva-bank-ja', 'ja', 'ジュネーブで銀行口座を作るには？', [['本人確認'], ['PostFinance']], ['在留カード']),
  ask('geneva-sunday-en', 'en', 'doctor open on sunday in geneva', [['0800 116 117'], ['144']]),
  ask('geneva-sunday-fr', 'fr', 'médecin ouvert le dimanche à Genève', [['0800 116 117']]),
  ask('geneva-sunday-ja', 'ja', 'ジュネーブで日曜日に開いている医者は？', [['0800 116 117']]),
  ask('tsu-costs-ja', 'ja', '津で会社設立 費用', [['15万円'], ['津地方法務局']]),
  ask('tsu-costs-fr', 'fr', 'combien coûte créer une société à Tsu', [['150 000 yens'], ['Tsu']]),
  // An office named without a place ("OPI", "NRW.Global") is on its region's side: answered for it, no region question.
  ask('geneva-opi-fr', 'fr', "c'est quoi l'OPI ?", [['Office de promotion des industries']], ['Tsu (préfecture de Mie) / Canton']),
  ask('geneva-opi-en', 'en', 'what does the OPI do?', [['promotion of industries', 'Promotion des Industries', 'Promotion of Industries']]),
  ask('tsu-costs-en', 'en', 'how much does it cost to set up a GK in Tsu?', [['60,000 yen'], ['Tsu District Legal Affairs Bureau']], ['Tokyo']),
];

describe('second partnership entries (Paris Region, Geneva, Tsu)', () => {
  const service = serviceForTests();

  // Once a regression (2026-11-30): this region-less French question got the region question (Tsu / Geneva / Paris),
  // because Paris had no entry on renewing a titre de séjour and a Geneva entry's body (a birth, "titre de séjour",
  // "rendez-vous") came too close to Paris's best. Paris now has that entry (paris-residence-permit-renewal).
  it('"rendez-vous à la préfecture pour mon titre de séjour" is answered for Paris', async () => {
    const prefecture = [ask('paris-prefecture-fr', 'fr', 'rendez-vous à la préfecture pour mon titre de séjour', [['séjour'], ['préfecture de police', 'ANEF']], ['Mie', 'Tsu'])];
    expect(await failingCases(service().url, 'second-partnership-entries', prefecture)).toEqual([]);
  }, 120_000);

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'second-partnership-entries', cases)).toEqual([]);
  });
});
