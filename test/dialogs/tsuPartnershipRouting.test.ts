/**
 * Issue 8, the Tsu ⇄ Paris Region / Geneva partnership reached without an entry point: the region question and a
 * region-less emergency reply must not offer only Tokyo and NRW when nothing told the partnership; shared names
 * ("Sàrl", "URSSAF") and office names ("OPIの人") tell it; a hand-over goes to the side just answered or named;
 * "津" alone is Tsu. Through the real endpoint, as a user meets it.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const actions = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');
const regionChoices = (replies: SentActivity[]) => actions(replies).filter((action) => action.startsWith('region:')).map((action) => action.slice('region:'.length)).sort();
const offersHandOver = (replies: SentActivity[]) => actions(replies).some((action) => action.startsWith('escalation:consent'));

describe('Tsu ⇄ Paris Region / Geneva without an entry point', () => {
  const service = serviceForTests();

  it('a region-less English question offers every region, Tsu, Paris and Geneva included', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('how do I register my address?');
    expect(regionChoices(replies)).toEqual(['geneva', 'nrw', 'paris', 'tokyo', 'tsu']);
  });

  it('picking Paris in that question answers for Paris', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('how much is the rental deposit?');
    const replies = await client.send('', { value: { action: 'region:paris' } });
    expect(textOf(replies)).toMatch(/one month's rent/);
  });

  it('"ambulance!" with no region known lists the French and Swiss numbers too', async () => {
    const text = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('ambulance!'));
    expect(text).toMatch(/119/);
    expect(text).toMatch(/\b15\b[\s\S]*SAMU|SAMU[\s\S]*\b15\b/);
    expect(text).toMatch(/144/);
  });

  it.each([
    ['ja-JP', 'Sàrl の資本金はいくら？'],
    ['en-US', 'SARL minimum capital'],
  ])('%s "%s" (a legal form of Paris and Geneva) is not asked as "Tokyo or NRW?"', async (locale, text) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(regionChoices(replies)).not.toContain('tokyo');
    expect(regionChoices(replies)).not.toContain('nrw');
  });

  it('"OPIの人とつないでほしい" starts the hand-over for Geneva without asking the side', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('OPIの人とつないでほしい');
    expect(regionChoices(replies)).toEqual([]);
    expect(offersHandOver(replies)).toBe(true);
    expect(textOf(replies)).toMatch(/GGBa/);
  });

  it.each([
    ['en-US', 'put me in touch with Choose Paris Region', /Choose Paris Region/],
    ['fr-FR', "pouvez-vous me mettre en relation avec quelqu'un à Genève ?", /GGBa/],
  ])('%s "%s" is a hand-over request to that side', async (locale, text, office) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(offersHandOver(replies)).toBe(true);
    expect(textOf(replies)).toMatch(office);
  });

  it('"je peux parler à quelqu\'un ?" after an answer about the carte Vitale goes to the Paris office without asking', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send('comment avoir la carte vitale ?');
    const replies = await client.send("je peux parler à quelqu'un ?");
    expect(regionChoices(replies)).toEqual([]);
    expect(textOf(replies)).toMatch(/Choose Paris Region/);
  });

  it('"法務局で登記したい、津" is about Tsu, not Tokyo', async () => {
    const text = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('法務局で登記したい、津'));
    expect(text).not.toMatch(/東京法務局|東京についての/);
  });
});
