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

  it('runs the sample set end to end, one fresh conversation per case', async () => {
    const [sample] = loadBlindSets(path.resolve(import.meta.dirname, 'blind-sample'));
    const results = await runBlindSet(service.url, sample!);
    expect(results.filter((result) => !result.pass).map((result) => `${result.id}: ${result.reasons.join('; ')}`)).toEqual([]);
    expect(results).toHaveLength(sample!.cases.length);
  }, 60_000);
});
