/**
 * Issue 8, "the facts people ask first": questions in the words users type, end to end through POST /api/messages
 * (fresh conversation each, neutral browser locale), must reach the entry that carries the fact, with the fact in the
 * reply: deadlines, fees, who keeps a register, legal nature of the memorandum. Each case fails on the knowledge
 * before this change (wrong entry, or the fact missing from the entry).
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  // Registration on arrival: the deadline, found for "m'annoncer", "s'inscrire à la mairie", "city hall".
  ask('geneva-arrival-fr', 'fr', "je viens m'installer à Genève, où dois-je m'annoncer ?", [['OCPM'], ['14 jours']]),
  ask('geneva-arrival-ja', 'ja', 'ジュネーブに引っ越したら住民登録はいつまで？', [['OCPM'], ['14日']]),
  ask('tsu-arrival-fr', 'fr', 'on déménage à Tsu, faut-il s\'inscrire à la mairie ?', [['14 jours'], ['mairie']], ['sceau']),
  ask('tsu-arrival-en', 'en', "we're moving to Tsu, what do we have to register at city hall?", [['14 days'], ['moving-in']], ['seal']),
  ask('lamal-family-fr', 'fr', 'la LAMal est-elle obligatoire pour toute ma famille ?', [['obligatoire'], ['trois mois', '3 mois']]),
  // Costs: the figures in the answer, not the steps.
  ask('tokyo-gk-cost-en', 'en', 'what does founding a GK cost?', [['60,000'], ['150,000']]),
  ask('tokyo-kk-steps-de', 'de', 'was brauch ich alles für die Gründung einer KK in Tokio', [['Satzung'], ['Legal Affairs Bureau', '法務局']]),
  // Registers: who keeps the Handelsregister; online formation by video; the Kbis.
  ask('handelsregister-ja', 'ja', 'Handelsregisterとは何？誰が管理しているの？', [['区裁判所', 'Amtsgericht']], ['東京法務局']),
  ask('gmbh-online-de', 'de', 'kann man eine GmbH komplett online gründen?', [['Video'], ['2022']]),
  ask('gmbh-online-en', 'en', 'can a GmbH be founded fully online?', [['video'], ['2023']]),
  ask('kbis-fr', 'fr', "c'est quoi un Kbis ?", [['RCS'], ['greffe'], ['3 mois']]),
  ask('kbis-ja', 'ja', 'Kbisって何のこと？', [['RCS'], ['3か月']]),
  ask('inpi-en', 'en', 'is there a one-stop shop for company formalities in France?', [['INPI'], ['2023']]),
  // Memorandum: what its text says about its nature and scope.
  ask('memorandum-binding-de', 'de', 'ist die Absichtserklärung Tokio–NRW rechtlich bindend?', [['rechtlich nicht bindend'], ['finanziellen']]),
  ask('memorandum-sectors-en', 'en', 'is the Tokyo-NRW cooperation limited to certain industries?', [['not limited to particular industries']]),
  // Organisations and legal forms: what they are.
  ask('opi-ja', 'ja', 'ジュネーブのOPIとはどんな組織ですか？', [['Office de Promotion des Industries']]),
  ask('sas-sarl-fr', 'fr', 'SAS ou SARL : qui dirige la société ?', [['président'], ['gérant']]),
];

describe('the facts people ask first', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'first-facts', cases)).toEqual([]);
  }, 120_000);
});
