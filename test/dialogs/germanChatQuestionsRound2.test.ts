/**
 * German chat questions in the Tokyo ⇄ NRW context, end to end through POST /api/messages, each answered from the entry
 * that carries the fact. Before the change: the colloquial separable verb "meld … an" followed by "und …" found the
 * vaccinations; "krankenversichert" found the incorporation steps; "Müllsortierung" was declined as out of scope; "ward
 * office" in a German question left the Tokyo registration unsure; and the follow-up "vorher buchen?" went to the
 * bookkeeping entry ("buchen" stems like "Buch").
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const german = (id: string, texts: { text: string; all?: string[][]; none?: string[] }[]): BlindCase => ({
  id,
  lang: 'de',
  turns: texts.map(({ text, all, none }) => ({ text, expect: { kind: 'answer', language: ['de'], ...(all ? { all } : {}), ...(none ? { none } : {}) } })),
});

const cases: BlindCase[] = [
  german('separable-colloquial-and', [{ text: 'wie meld ich mich in köln an und was muss ich da mitbringen', all: [['Wohnungsgeberbestätigung']] }]),
  german('participle-insured', [{ text: 'bin ich in tokyo automatisch krankenversichert wenn ich bei unserer KK angestellt bin?', all: [['Krankenversicherung']], none: ['Schritt für Schritt'] }]),
  german('compound-short-modifier', [{ text: 'müllsortierung in tokyo verstehe ich nicht 🙈 wo steht das', all: [['Mülltrennung']] }]),
  german('english-ward-office', [{ text: 'was muss ich zum ward office in nakano mitnehmen für die anmeldung', all: [['Zuzugsmeldung']] }]),
  german('booking-follow-up', [
    { text: 'Kita Platz in Düsseldorf', all: [['Kita']] },
    { text: 'kann ich da einfach so hingehen oder vorher buchen?', all: [['Kita']], none: ['Buchführung', 'Jahresabschluss'] },
  ]),
  german('booking-follow-up-registration', [
    { text: 'wie meld ich mich in köln an und was muss ich da mitbringen', all: [['Anmeldung']] },
    { text: 'kann ich da einfach so hingehen oder vorher buchen?', all: [['Anmeldung']], none: ['Buchführung', 'Impfung'] },
  ]),
];

describe('German chat questions, round 2', () => {
  const service = serviceForTests();

  it('answers each from the entry that carries the fact', async () => {
    expect(await failingCases(service().url, 'german-chat-2', cases)).toEqual([]);
  }, 120_000);
});
