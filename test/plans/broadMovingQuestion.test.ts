/**
 * "We're moving to Cologne next month, what do we need to do?" asks for the steps of a move: where the place has a
 * moving plan, the plan's outline answers it (its main steps, then the questions that tailor them), through the real
 * endpoint; where it has none, the region's arrival overview (partnerships.json `arrivalOverview`). A question on one subject of the move ("… with my German health insurance?") stays a question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('a broad question on moving', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it.each([
    ['en-US', 'we are moving to cologne next month, what do we need to do?', /main steps of "Plan: moving to North Rhine-Westphalia"/, /Register your address \(Anmeldung\)/],
    ['de-DE', 'wir ziehen nächsten Monat nach Düsseldorf, was müssen wir erledigen?', /Umzug nach Nordrhein-Westfalen/, /Wohnsitz anmelden/],
    ['ja-JP', '来月東京に引っ越します。何をすればいい？', /東京への引っ越しプラン/, /転入届/],
    ['en-US', 'i just arrived in tokyo, what do i need to do first', /Plan: moving to Tokyo/, /moving-in notification/],
  ])('%s "%s" gets the outline of the moving plan', async (locale, text, plan, step) => {
    const text_ = textOf(await expectRepliesClient(service.url, { locale }).send(text));
    expect(text_).toMatch(plan);
    expect(text_).toMatch(step);
  });

  it.each([
    ['en-US', 'just moved to paris with my family, what do we need to do first?', /First weeks in the Paris Region/, /VLS-TS/],
    ['ja-JP', '津市に引っ越してきました。何をすればいいですか？', /津市での最初の数週間/, /14日以内/],
    ['fr-FR', 'nous arrivons à Genève en janvier, par quoi commencer ?', /Premières semaines à Genève/, /OCPM/],
  ])('%s "%s" gets the region\'s arrival overview where it has no moving plan', async (locale, text, title, fact) => {
    const reply = textOf(await expectRepliesClient(service.url, { locale }).send(text));
    expect(reply).toMatch(title);
    expect(reply).toMatch(fact);
  });

  it('a question on one subject of the move is answered from its entry', async () => {
    const reply = textOf(await expectRepliesClient(service.url, { locale: 'en-US' }).send('moving to tokyo, what do i need to do with my german health insurance?'));
    expect(reply).toMatch(/Health insurance in Tokyo/);
    expect(reply).not.toMatch(/main steps/);
  });
});
