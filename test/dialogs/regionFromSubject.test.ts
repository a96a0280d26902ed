/**
 * Issue 8, region from the subject: a term only one region's entries use ("Kbis", "SAS", "PUMa", "Deutschlandticket",
 * "Rundfunkbeitrag") or a language named ("do I need to speak German?") tells the region, and the partnership with it,
 * when no place is named. Through the real endpoint, as a user meets it.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const actions = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');
const asksRegion = (replies: SentActivity[]) => actions(replies).some((action) => action.startsWith('region:'));

describe('region from the subject of a question', () => {
  const service = serviceForTests();

  it.each([
    ['fr-FR', 'capital minimum pour une SAS ?', /Région Paris/, /capital minimum/],
    ['fr-FR', 'la PUMa c\'est quoi', /Région Paris/, /protection universelle maladie/],
    ['fr-FR', 'comment on obtient la carte vitale', /Région Paris/, /carte Vitale/],
    ['ja-JP', 'Kbisって何？', /パリ地域/, /Kbis/],
    ['en-US', "what's a kbis extract", /Paris Region/, /Kbis/],
    ['de-DE', 'deutschlandticket preis?', /Nordrhein-Westfalen/, /63/],
    ['de-DE', 'Rundfunkbeitrag wie viel?', /Nordrhein-Westfalen/, /Rundfunkbeitrag/],
  ])('%s "%s" is answered for the region whose term it is, across partnerships, without asking', async (locale, text, region, fact) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(region);
    expect(textOf(replies)).toMatch(fact);
  });

  it('a Tokyo ⇄ NRW entry point asked about the Kbis gets the Paris answer, not "Tokyo or NRW?"', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('what is a kbis extract', { channelData: { partnership: 'tokyo-nrw' } });
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/Paris Region[\s\S]*Kbis/);
  });

  it('"do i need to speak german at the notary" is about NRW, where German is spoken', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('do i need to speak german at the notary');
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/North Rhine-Westphalia[\s\S]*interpreter/);
  });

  it.each([
    ['de-DE', 'muss man beim notartermin deutsch verstehen', /Notar[\s\S]*Dolmetscher/],
    ['de-DE', 'Muss ich für die Gründung Deutsch sprechen können?', /Nordrhein-Westfalen/],
  ])('%s "%s": the asker\'s own language made a requirement points to where it is spoken', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(expected);
  });

  it('a German asking for a German-speaking doctor is not sent to NRW by the language\'s name', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('Gibt es einen Arzt, der Deutsch spricht?');
    expect(textOf(replies)).not.toMatch(/Diese Antwort betrifft Nordrhein-Westfalen/);
  });

  it.each([
    ['ja-JP', '合同会社だと登録免許税いくら？', /6万円/],
    ['ja-JP', '合同会社の設立費用ってどのくらい？', /6万円/],
  ])('%s "%s": a term of Japan\'s law that Tokyo\'s and Tsu\'s entries share is answered for Japan, not asked back', async (locale, text, fact) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/(東京|津市)についてのものです/);
    expect(textOf(replies)).toMatch(fact);
  });

  it('within the Tsu partnership, a term of Japan\'s law is answered for Tsu', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('合同会社だと登録免許税いくら？', { channelData: { partnership: 'tsu-paris-geneva' } });
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/津市[\s\S]*6万円/);
  });

  it.each([
    ['ja-JP', '運転免許の切り替えってどうすればいい？'],
    ['tr-TR', 'şirket kurmak için ne kadar sermaye lazım?'],
  ])('%s "%s": words that merely lean to Japan\'s entries still ask which region', async (locale, text) => {
    expect(asksRegion(await expectRepliesClient(service().url, { locale }).send(text))).toBe(true);
  });

  it.each([
    ['de-DE', 'wie hoch ist das mindestkapital für eine firma?'],
    ['en-US', 'what are the steps to incorporate a company?'],
  ])('%s "%s": an ordinary word that one side\'s translations happen to use ("Firma", "incorporate") still asks which region', async (locale, text) => {
    expect(asksRegion(await expectRepliesClient(service().url, { locale }).send(text))).toBe(true);
  });

  it.each([
    ['en-US', 'UG vs GmbH whats the difference capital-wise?', /North Rhine-Westphalia/, /25,000/],
    ['de-DE', 'wo ist das Bürgerbüro und was muss ich zur Anmeldung mitbringen?', /Nordrhein-Westfalen/, /Wohnungsgeberbestätigung/],
  ])('%s "%s": a name that stands untranslated in one side\'s entries in every language answers for that side', async (locale, text, region, fact) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(region);
    expect(textOf(replies)).toMatch(fact);
  });

  it('a question with no term of one side still asks which region', async () => {
    expect(asksRegion(await expectRepliesClient(service().url, { locale: 'en-US' }).send('How do I open a bank account?'))).toBe(true);
  });

  it('a word every side uses, which one side\'s entries use most ("現地": NRW 5, three other regions 1 each), names no side', async () => {
    expect(asksRegion(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('現地の支援機関を教えて'))).toBe(true);
  });

  it('in a conversation about one side, a question naming none is answered for that side, said so', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send("numéros d'urgence à Tsu ?"))).toMatch(/119/);
    const replies = await client.send('et pour un enfant malade la nuit, il y a un numéro de conseil ?');
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/Cette réponse concerne Tsu/);
    expect(textOf(replies)).toMatch(/8000/);
  });
});
