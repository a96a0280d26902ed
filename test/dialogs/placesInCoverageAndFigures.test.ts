/**
 * Faults found in a diagnosis set (blind21, 2026-12-02), through the real endpoint:
 * - a commune that chose the region but that no entry names ("moving to lancy") made every Geneva entry look like a
 *   partial answer, and the bot said it was not sure; two places named ("von düsseldorf nach haneda") still count as
 *   part of the question, so an off-topic flight price is not answered with an entry;
 * - how many Japanese companies are in NRW was not in the knowledge.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('places in the coverage of a question, and figures on Japan in NRW', () => {
  const service = serviceForTests();

  it('"where do i register when moving to lancy with my family?" gets Geneva\'s arrival registration', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send('where do i register when moving to lancy with my family?'));
    expect(reply).toMatch(/OCPM/);
    expect(reply).not.toMatch(/not sure I understood/);
  });

  it('a flight from Düsseldorf to Haneda is not answered with an entry', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'de-DE' }).send('was kostet ein flug von düsseldorf nach haneda im märz?'));
    expect(reply).not.toMatch(/Quellen/);
  });

  it('how many Japanese companies are in NRW: about 650, with its source', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send('is düsseldorf really the hub for japanese companies in germany? roughly how many are in nrw?'));
    expect(reply).toMatch(/about 650/);
    expect(reply).toMatch(/Japan Desk/);
  });
});
