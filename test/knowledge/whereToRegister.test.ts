/**
 * Where the counters are: a newcomer in Cologne, Bonn, Essen or Dortmund learns where and how to register the address
 * (not only Düsseldorf's Bürgerbüros); in Tsu the user gets the City Hall's postal code, the Citizens Division's phone
 * and the school division; "just moved to Geneva, do I have to register somewhere?" reaches the OCPM arrival entry.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  {
    id: 'koeln-after-duesseldorf',
    lang: 'de',
    turns: [
      { text: 'wo muss ich mich in Düsseldorf anmelden?' },
      { text: 'und in Köln?', expect: { kind: 'answer', all: [['Kundenzentren'], ['zwei Wochen'], ['stadt-koeln.de']] } },
    ],
  },
  ask('cologne-en', 'en', 'where do I register my address in Cologne?', [['Kundenzentren'], ['two weeks'], ['stadt-koeln.de']]),
  ask('bonn-en', 'en', 'address registration in Bonn, do I need an appointment?', [['one appointment per family member'], ['bonn.de']]),
  ask('essen-de', 'de', 'Wohnsitz anmelden in Essen, was brauche ich?', [['Ausländerbehörde'], ['14 Tagen'], ['essen.de']]),
  ask('dortmund-ja', 'ja', 'ドルトムントで住民登録はどこで？', [['Bürgerdienste'], ['dortmund.de']]),
  ask('tsu-registration-en', 'en', "I'm moving to Tsu, what do I have to register at city hall?", [['514-8611'], ['059-229-3144'], ['city.tsu.mie.jp']]),
  ask('tsu-registration-ja', 'ja', '津市役所の場所と住民登録の電話番号は？', [['514-8611'], ['059-229-3144'], ['city.tsu.mie.jp']]),
  ask('tsu-nhi-fr', 'fr', "où s'affilier à l'assurance maladie nationale à Tsu ?", [['514-8611'], ['8 h 30'], ['city.tsu.mie.jp']]),
  ask('tsu-school-en', 'en', 'which office in Tsu handles school enrolment, phone number?', [['School Education Division'], ['059-229-3391'], ['city.tsu.mie.jp']]),
  ask('geneva-moved-en', 'en', 'just moved to geneva, do i have to register somewhere?', [['OCPM'], ['14 days'], ['ge.ch']], ['commercial register']),
  ask('geneva-arrived-fr', 'fr', "je viens d'arriver à Genève, je dois m'annoncer où ?", [['OCPM'], ['14 jours'], ['ge.ch']]),
];

describe('where to register and where the counters are', () => {
  const service = serviceForTests();
  it('names the office, the rule and the official source', async () => {
    expect(await failingCases(service().url, 'where-to-register', cases)).toEqual([]);
  }, 240_000);
});
