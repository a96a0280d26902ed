/**
 * "We're moving to Cologne next month, what do we need to do?" asks for the steps of a move: it gets the region's
 * arrival overview (partnerships.json `arrivalOverview`: deadlines first, with sources), and where the region has a
 * moving plan, that plan as the first choice, which starts it for that region; through the real endpoint. A question
 * on one subject of the move ("… with my German health insurance?") stays a question.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { asksForRegion, choiceActions, expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('a broad question on moving', () => {
  const service = serviceForTests();

  it.each([
    ['en-US', 'we are moving to cologne next month, what do we need to do?', /First months in NRW/, /within two weeks/, 'plan:new:moving:nrw'],
    ['de-DE', 'wir ziehen nächsten Monat nach Düsseldorf, was müssen wir erledigen?', /Die ersten Monate in NRW/, /binnen zwei Wochen/, 'plan:new:moving:nrw'],
    ['ja-JP', '来月東京に引っ越します。何をすればいい？', /東京での最初の数週間/, /14日以内/, 'plan:new:moving:tokyo'],
    ['en-US', 'i just arrived in tokyo, what do i need to do first', /First weeks in Tokyo/, /within 14 days/, 'plan:new:moving:tokyo'],
    ['en-US', 'just moved to paris with my family, what do we need to do first?', /First weeks in the Paris Region/, /VLS-TS/, undefined],
    ['ja-JP', '津市に引っ越してきました。何をすればいいですか？', /津市での最初の数週間/, /14日以内/, undefined],
    ['fr-FR', 'nous arrivons à Genève en janvier, par quoi commencer ?', /Premières semaines à Genève/, /OCPM/, undefined],
  ])('%s "%s" gets the arrival overview, and the moving plan where there is one', async (locale, text, title, fact, plan) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(title);
    expect(textOf(replies)).toMatch(fact);
    expect(textOf(replies)).toMatch(/https?:\/\//);
    if (plan) expect(choiceActions(replies)[0]).toBe(plan);
    else expect(choiceActions(replies).some((action) => action.startsWith('plan:new'))).toBe(false);
  });

  it('the plan choice starts the moving plan of that region', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('we are moving to cologne next month, what do we need to do?');
    const replies = await client.send('Make my moving plan', { value: { action: 'plan:new:moving:nrw' } });
    expect(textOf(replies)).toMatch(/Plan: moving to North Rhine-Westphalia/);
  });

  it('a question on one subject of the move is answered from its entry', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('moving to tokyo, what do i need to do with my german health insurance?'));
    expect(reply).toMatch(/Health insurance in Tokyo/);
    expect(reply).not.toMatch(/First weeks/);
  });
});
