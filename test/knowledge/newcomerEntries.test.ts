/**
 * Issue 8, everyday first-months topics that were missing: deregistering when leaving Germany (Abmeldung, § 17 (2)
 * BMG) and registering a personal seal at a Tokyo ward office (印鑑登録). End to end through POST /api/messages;
 * each case fails without the entries (no entry carries these facts).
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { answerCase, failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const cases: BlindCase[] = [
  answerCase('abmeldung-de', 'de', 'wir ziehen naechsten monat zurueck nach japan, muss ich mich in duesseldorf abmelden?', [['zwei Wochen'], ['eine Woche vor']]),
  answerCase('abmeldung-en', 'en', 'leaving Germany for good – how do I deregister in Cologne?', [['two weeks'], ['one week before']]),
  answerCase('abmeldung-ja', 'ja', 'デュッセルドルフから日本に帰国します。転出届はいつまで？', [['2週間'], ['1週間前']]),
  answerCase('inkan-ja', 'ja', '外国人でも東京で印鑑登録できますか？', [['在留カード'], ['15歳']]),
  answerCase('inkan-de', 'de', 'kann ich als auslaender in tokio ein hanko registrieren lassen?', [['Aufenthaltskarte'], ['15 Jahren']]),
  answerCase('inkan-en', 'en', 'how do I register my personal seal (inkan) in Tokyo?', [['residence card'], ['25 mm']]),
];

describe('first-months topics: Abmeldung and personal seal', () => {
  const service = serviceForTests();

  it('answers each from the entry that carries the fact', async () => {
    expect(await failingCases(service().url, 'newcomer-entries', cases)).toEqual([]);
  }, 120_000);
});
