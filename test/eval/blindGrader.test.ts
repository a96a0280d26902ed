/** The blind-set grader on its own sample file (test/eval/blind-sample/, never counted), end to end through /api/messages. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeTurn, loadBlindSets, runBlindSet } from '../../src/knowledge/blindEvaluation';
import { startService, type RunningService } from '../support/startService';

describe('blind grader', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('grades the language, the keyword groups, the forbidden words and the kind', () => {
    const reply = [{ type: 'message', locale: 'de-DE', text: 'Sie müssen sich innerhalb von zwei Wochen im Bürgerbüro anmelden. Quellen: https://www.duesseldorf.de' }];
    expect(gradeTurn(reply, { kind: 'answer', language: ['de'], all: [['Bürgeramt', 'Bürgerbüro'], ['14 Tage', 'zwei Wochen']], none: ['Tokyo'] }).pass).toBe(true);
    expect(gradeTurn(reply, { language: ['en'] }).reasons.join()).toMatch(/language/);
    expect(gradeTurn(reply, { all: [['Kita']] }).reasons.join()).toMatch(/missing/);
    expect(gradeTurn(reply, { none: ['BÜRGERBÜRO'] }).reasons.join()).toMatch(/contains/);
    expect(gradeTurn(reply, { kind: 'smalltalk' }).reasons.join()).toMatch(/sources/);
    expect(gradeTurn(reply, { kind: 'clarify-region' }).pass).toBe(false);
    expect(gradeTurn([{ type: 'message', text: 'ＧｍｂＨ' }], { all: [['gmbh']] }).pass).toBe(true);
  });

  it('counts Switzerland\'s ambulance number 144 as an emergency number', () => {
    const geneva = [{ type: 'message', locale: 'en-US', text: 'For a life-threatening emergency call 144; otherwise CeSaGe answers on 0800 116 117.' }];
    expect(gradeTurn(geneva, { kind: 'emergency' }).pass).toBe(true);
    expect(gradeTurn([{ type: 'message', text: 'Register within 14 days.' }], { kind: 'emergency' }).reasons.join()).toMatch(/no emergency number/);
  });

  it('reads an English answer that quotes French terms as English, and a French one as French', () => {
    const english = [
      'Registering a commercial company (SAS, SASU, SARL, EURL, SA) costs EUR 35.59, paid on the one-stop portal. On top comes the legal notice of formation (annonce légale).',
      '- **Legal notice:** published in a journal authorised for legal notices in the département of the seat (Paris: 75); the flat rate differs between SAS, SASU, SARL and EURL.',
      '- **Advisers:** a lawyer or chartered accountant is optional and priced freely.',
    ].join('\n');
    expect(gradeTurn([{ type: 'message', locale: 'en-US', text: english }], { language: ['en'] }).pass).toBe(true);
    const french = "Immatriculer une société commerciale coûte 35,59 euros, payés sur le guichet unique de l'INPI.\n- L'annonce légale est publiée dans un journal habilité du département du siège.";
    expect(gradeTurn([{ type: 'message', locale: 'en-US', text: french }], { language: ['en'] }).reasons.join()).toMatch(/language fr/);
  });

  it('runs the sample set end to end, one fresh conversation per case', async () => {
    const [sample] = loadBlindSets(path.resolve(import.meta.dirname, 'blind-sample'));
    const results = await runBlindSet(service.url, sample!);
    expect(results.filter((result) => !result.pass).map((result) => `${result.id}: ${result.reasons.join('; ')}`)).toEqual([]);
    expect(results).toHaveLength(sample!.cases.length);
  }, 60_000);
});
