/**
 * Issue 8: German questions typed the way people type on LINE (lower case, "ae/oe/ue" for umlauts, compounds,
 * colloquial words), end to end through POST /api/messages from a neutral en-US browser: each must be answered in
 * German from the entry that carries the fact. Before the change these were answered in English ("muelltrennung
 * tokio", "Stammkapital GmbH in Düsseldorf?") or not understood ("erste mitarbeiterin …").
 */
import { describe, expect, it } from 'vitest';
import type { BlindCase } from '../../src/knowledge/blindEvaluation';
import { failingCases } from '../support/answerCases';
import { serviceForTests } from '../support/startService';

const german = (id: string, text: string, all: string[][]): BlindCase => ({
  id,
  lang: 'de',
  turns: [{ text, expect: { kind: 'answer', language: ['de'], all } }],
});

const cases: BlindCase[] = [
  // Language: one long German-only word, umlauts typed as "ae/oe/ue", words shared with English ("GmbH", "in").
  german('waste-ue', 'muelltrennung tokio', [['Bezirk']]),
  german('minimum-wage-one-word', 'mindestlohn tokio', [['Yen']]),
  german('key-money-ue', 'mietkaution tokio schluesselgeld', [['Schlüsselgeld']]),
  german('business-account-ae', 'geschaeftskonto gmbh duesseldorf', [['Geschäftskonto']]),
  german('capital-shared-words', 'Stammkapital GmbH in Düsseldorf?', [['25.000']]),
  german('measles-inflection', 'impfung kita masern nrw', [['Masern']]),
  // Search: the feminine form finds the employer's duties.
  german('employee-feminine', 'erste mitarbeiterin in koeln was muss ich bei der sozialversicherung beachten', [['Betriebsnummer']]),
];

describe('German typed as on LINE', () => {
  const service = serviceForTests();

  it('answers each question in German from the entry that carries the fact', async () => {
    expect(await failingCases(service().url, 'german-chat', cases)).toEqual([]);
  }, 120_000);
});
