/**
 * When a question without a region is asked back (issue 8): when the answer differs by region (both sides of the
 * partnership have entries on the subject), the bot asks which region, however far one side's entry scores ahead; when
 * the question names its side by a place (also a country in another language: "Japonya") or by that side's own terms
 * ("株式会社", "GK", "GmbH"), it answers at once.
 * Through the real endpoint (expectReplies), as a user with a neutral or language-only browser locale.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { choiceActions, expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

/** The values of the reply's buttons that choose a region ("region:tokyo"). */
const regionChoices = (replies: SentActivity[]) => choiceActions(replies).filter((value) => value.startsWith('region:'));

describe('the region question for a question without a region', () => {
  const service = serviceForTests();

  it.each([
    ['de-DE', 'Wie finde ich eine Wohnung?'],
    ['de-DE', 'wie trenne ich meinen Müll?'],
    ['en-US', 'how do I sort my garbage?'],
    ['en-US', 'how much is the rent for a flat usually?'],
  ])('%s %j: Tokyo and NRW both answer it differently, so the bot asks which', async (locale, text) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(regionChoices(replies)).toEqual(expect.arrayContaining(['region:tokyo', 'region:nrw']));
    expect(textOf(replies)).not.toMatch(/https?:\/\//);
  });

  it.each([
    // A side's own term ("株式会社", "GK") decides over a common word the other side's entries happen to use more ("だめ", "keep").
    ['ja-JP', '社長1人の株式会社でも社会保険に入らないとだめ？', /社会保険|厚生年金/],
    ['en-US', 'registration tax for a GK? we want to keep it cheap', /registration/i],
    ['en-US', 'what is the minimum capital for a GmbH?', /25,000|25\.000/],
    ['de-DE', 'wie trenne ich meinen Müll in Köln?', /Müll|Abfall/],
    // A country named in a language without content here is a place name too ("Japonya" is Japan).
    ['en-US', "Japonya'da köpeğimi kaydettirmem gerekiyor mu?", /dog/i],
  ])('%s %j names its side, so it is answered at once', async (locale, text, fact) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(regionChoices(replies)).toEqual([]);
    expect(textOf(replies)).toMatch(fact);
    expect(textOf(replies)).toMatch(/https?:\/\//);
  });
});

describe('while the region question waits', () => {
  const service = serviceForTests();

  it('a question of its own is answered, not the waiting one for the place it names', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(regionChoices(await client.send('How do I open a bank account?'))).toContain('region:nrw');
    const reply = textOf(await client.send('and what about the kita in Köln?'));
    expect(reply).toMatch(/Kita/);
    expect(reply).not.toMatch(/Basiskonto|bank account/i);
  });

  it('a place, even asked, answers it', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('How do I open a bank account?');
    expect(textOf(await client.send('Düsseldorf?'))).toMatch(/Basiskonto/);
  });
});

describe('the side typed with more to say', () => {
  const service = serviceForTests();

  it('fr: "capital minimum ?" then "à tsu, une KK" answers the KK in Tsu, not the minimum wage the first words alone find', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(regionChoices(await client.send('capital minimum ?'))).toContain('region:tsu');
    const text = textOf(await client.send('à tsu, une KK'));
    expect(text).toMatch(/KK/);
    expect(text).not.toMatch(/Salaire minimum/);
  });
});
