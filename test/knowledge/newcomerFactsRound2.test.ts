/**
 * Issue 8, second round of "the facts people ask first … then whatever else a newcomer needs": questions in the words
 * users type, end to end through POST /api/messages (fresh conversation each, neutral browser locale), must reach the
 * entry that carries the fact, with the fact in the reply. Each case fails on the knowledge before this change: no
 * entry on the subject, the fact missing from the entry, or another entry ranking first.
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const ask = answerCase;

const cases: BlindCase[] = [
  // How long registration takes: the rule that sets the time, not "no fixed duration" alone.
  ask('nrw-register-time-de', 'de', 'Wie lange braucht das Registergericht, bis unsere GmbH eingetragen ist?', [['zehn Werktagen'], ['§ 25']]),
  ask('tokyo-register-time-en', 'en', 'how long does the Legal Affairs Bureau need to register a new KK?', [['24 hours'], ['two weeks']]),
  ask('paris-register-time-fr', 'fr', 'en combien de jours le greffe immatricule-t-il une SAS ?', [['jour franc ouvrable'], ['R123-97']]),
  ask('geneva-register-time-ja', 'ja', 'ジュネーブでSàrlの商業登記にはどのくらいかかる？', [['第779条'], ['公証人']]),
  // Founding through a parent company: its documents and the notary's fee.
  ask('parent-documents-en', 'en', 'which papers must our German parent company provide to found a Japanese KK?', [['Handelsregister', 'commercial register'], ['Japanese translation']]),
  ask('parent-notary-fee-de', 'de', 'Wie hoch ist die Notargebühr für die Satzung, wenn unsere GmbH die KK gründet?', [['30.000 Yen oder mehr']]),
  // Hiring in NRW, banking before the Anmeldung.
  ask('contract-language-en', 'en', 'our new staff in Düsseldorf: must their employment contract be written in German?', [['§ 184 GVG'], ['no language']]),
  ask('account-before-anmeldung-de', 'de', 'Girokonto eröffnen ohne Anmeldung – geht das in Köln?', [['19/7612'], ['Basiskonto']]),
  // Internet at home in Tokyo.
  ask('home-internet-en', 'en', 'how can I get wifi at home quickly after moving to Tokyo?', [['fibre'], ['8 days']]),
  // Poison information lines.
  ask('poison-tokyo-ja', 'ja', '東京で子どもが洗剤を飲んでしまった。どこに電話すればいい？', [['072-727-2499'], ['119']]),
  ask('poison-paris-fr', 'fr', 'mon fils a avalé des cachets, nous habitons à Paris, qui appeler ?', [['01 40 05 48 48'], ['15']]),
  // A katakana spelling of a German term names its region.
  ask('deutschlandticket-katakana-ja', 'ja', 'ドイチュラントチケットの値段は？', [['63ユーロ']], ['ナヴィゴ']),
  // Late health insurance in Geneva: the canton assigns an insurer.
  ask('lamal-late-fr', 'fr', "que se passe-t-il si je n'ai pas choisi de caisse maladie à Genève après trois mois ?", [["d'office"], ['SAM']]),
  // The UG's capital in the legal-forms answer.
  ask('ug-capital-en', 'en', 'GmbH, UG or branch: which legal form suits a Japanese company in NRW?', [['1 euro'], ['25,000']]),
  // A follow-up on getting to the German school finds its own section.
  {
    id: 'dsty-commute-de',
    lang: 'de',
    turns: [
      { text: 'Gibt es in Tokio eine deutsche Schule für unsere Kinder?' },
      { text: 'Und wie kommen die Kinder jeden Tag dorthin?', expect: { kind: 'answer', all: [['Schulbus']] } },
    ],
  },
];

describe('newcomer facts, second round', () => {
  const service = serviceForTests();

  it('answers each question from the entry that carries the fact, with the fact in the reply', async () => {
    expect(await failingCases(service().url, 'newcomer-facts-2', cases)).toEqual([]);
  }, 180_000);
});
