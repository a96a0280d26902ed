/**
 * Follow-ups that ask a facet of the last answer (issue 8) — how long, what it costs, an appointment, online, what
 * comes next, what if one is late — end to end through the real endpoint, in ja/de/en/fr and both partnerships:
 * answered from the part of the last entry that says it, else from an entry about that facet, else said plainly to
 * be missing from our information (never another subject that merely shares the word). Plus the small pieces the
 * understanding step needed: "and a KK?" is no "kk" (ok), and "don't" is one word.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';
import { FollowUpFacets, parseFollowUpFacets, FollowUpFacetsError } from '../../src/answers/followUpFacets';
import { parseIntentExamples, IntentExamplesError } from '../../src/conversation/understanding/intentExamples';

const offersContactOffice = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).some((action) => {
    const value = action.value as { action?: string } | string | undefined;
    return (typeof value === 'string' ? value : value?.action) === 'human';
  });

describe('follow-ups asking a facet of the last answer', () => {
  const service = serviceForTests();

  it('fr (Tsu): "ça coûte combien l\'enregistrement ?" after the founding steps, whose line on it only points to the costs, gets what founding costs', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send('on veut créer une KK à Tsu');
    const text = textOf(await client.send("ça coûte combien l'enregistrement ?"));
    expect(text).toMatch(/Combien coûte la création/);
    expect(text).toMatch(/150[\s\u202f.,]?000/);
  });

  it('de: "brauche ich einen termin?" after the Anmeldung in Bonn answers from the Bonn section (only with an appointment)', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    await client.send('anmeldung in bonn?');
    const text = textOf(await client.send('brauche ich einen termin?'));
    expect(text).toMatch(/In Bonn/);
    expect(text).toMatch(/nur mit Termin/);
  });

  it('en: "can i just walk in or do i have to book?" after the Anmeldung in Düsseldorf is a follow-up, never Cologne\'s hours or a doctor', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('anmeldung in düsseldorf – how does it work?');
    const text = textOf(await client.send('can i just walk in or do i have to book?'));
    expect(text).toMatch(/Registering your address/);
    expect(text).toMatch(/appointment/);
    expect(text).not.toMatch(/Mondays and Wednesdays|doctor/);
  });

  it('en (Tsu): "do I need an appointment?" after moving-in at Tsu City Hall says our information does not say, with sources and the contact office', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('I moved to Tsu from Lyon, what must I do at the city office?'))).toMatch(/14 days/);
    const replies = await client.send('do I need an appointment?');
    const text = textOf(replies);
    expect(text).toMatch(/moving-in notification/);
    expect(text).toMatch(/does not say whether you need an appointment/);
    expect(text).toMatch(/https?:\/\//);
    expect(text).not.toMatch(/doctor|clinic/i);
    expect(offersContactOffice(replies)).toBe(true);
  });

  it('ja (Tokyo): "それって予約いる？" after the residence registration stays with it (not the bank, whose entry mentions 予約)', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('東京で住民登録はどうする？'))).toMatch(/住民登録/);
    const text = textOf(await client.send('それって予約いる？'));
    expect(text).toMatch(/東京での住民登録/);
    expect(text).toMatch(/予約が必要かどうかは私たちの情報には書かれていません/);
    expect(text).not.toMatch(/銀行口座/);
  });

  it('ja (NRW): "で、費用は全部でどれくらい？" after the founding overview answers what founding costs, not the overview\'s pointer to it', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('ケルンでGmbH設立したい'))).toMatch(/全体像/);
    const text = textOf(await client.send('で、費用は全部でどれくらい？'));
    expect(text).toMatch(/設立する費用/);
    expect(text).toMatch(/公証人手数料/);
    expect(text).not.toMatch(/」を参照/);
  });

  it('ja (Geneva): "それはオンラインでできる？" after the OCPM arrival says plainly that our information does not say', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('ジュネーブ着いた。住民登録は？'))).toMatch(/OCPM/);
    const text = textOf(await client.send('それはオンラインでできる？'));
    expect(text).toMatch(/OCPM/);
    expect(text).toMatch(/オンラインでできるかどうかは私たちの情報には書かれていません/);
  });

  it('ja (Tokyo): "その後は？" after driving on a German licence answers the licence conversion section, not pets', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('ドイツ人の同僚、東京で運転したいって。ドイツの免許で大丈夫？'))).toMatch(/翻訳文/);
    const text = textOf(await client.send('その後は？'));
    expect(text).toMatch(/外免切替/);
    expect(text).not.toMatch(/犬|猫/);
  });

  it('en (Geneva): "and what if i don\'t sign up in time?" after LAMal stays with health insurance (late joining), not accident insurance', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('what health insurance do i need in geneva'))).toMatch(/LAMal/);
    const text = textOf(await client.send("and what if i don't sign up in time?"));
    expect(text).toMatch(/surcharge/);
    expect(text).not.toMatch(/accident insurance/i);
  });

  it('en (Tokyo): "and how long does that take?" after the founding steps answers from the entry about how long founding takes', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('we want to found a company in Tokyo (subsidiary of our GmbH). where do we start'))).toMatch(/articles of incorporation/);
    const text = textOf(await client.send('and how long does that take?'));
    expect(text).toMatch(/How long does founding a company in Tokyo take\?/);
    expect(text).toMatch(/1 to 3 months/);
  });

  it('fr (Geneva): "et ça prend combien de temps ?" after the OCPM arrival does not jump to the flat search', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send("comment s'inscrire à l'OCPM à Genève ?"))).toMatch(/OCPM/);
    const text = textOf(await client.send('et ça prend combien de temps ?'));
    expect(text).toMatch(/OCPM/);
    expect(text).not.toMatch(/régie|appartement/);
  });

  it('en (NRW): "how much of that do i have to pay in before registration?" after the GmbH minimum capital stays with it (EUR 12,500), not the employer registrations', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('what does a gmbh in duesseldorf need at minimum capital'))).toMatch(/25,000/);
    const text = textOf(await client.send('how much of that do i have to pay in before registration?'));
    expect(text).toMatch(/12,500/);
    expect(text).not.toMatch(/Betriebsnummer/);
  });

  it('en (Tokyo): "how much capital is needed for that?" after the founder\'s residence status answers with the part that says the amount (30 million yen)', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('which visa do i need to run my own company in tokyo?');
    expect(textOf(await client.send('how much capital is needed for that?'))).toMatch(/30 million yen/);
  });

  it('en (Tokyo): "and a KK?" after what a GK costs is a follow-up, not the chat word "kk" (ok)', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('what does founding a GK in Tokyo cost?'))).toMatch(/yen/);
    const text = textOf(await client.send('and a KK?'));
    expect(text).toMatch(/KK/);
    expect(text).not.toMatch(/Glad that helps/);
  });
});

describe('follow-up facets as data', () => {
  const facets = new FollowUpFacets(parseFollowUpFacets([
    { id: 'duration', asked: { fr: ['\\b(ça|cela) prend combien de temps\\b'], de: ['\\bwie lange dauert\\b'] }, evidence: { fr: ['\\d+ jours'], de: ['\\d+ wochen'] } },
  ]));

  it('reads word boundaries in any script ("ça" begins with a non-ASCII letter) and leaves the rest of the message', () => {
    expect(facets.asked('et ça prend combien de temps ?', 'fr')).toEqual({ id: 'duration', rest: 'et   ?' });
    expect(facets.asked('und wie lange dauert das?', 'de')?.id).toBe('duration');
    expect(facets.asked('wo ist das?', 'de')).toBeUndefined();
  });

  it('tells whether a text says the facet', () => {
    expect(facets.says('duration', 'Comptez 15 jours.', 'fr')).toBe(true);
    expect(facets.says('duration', "S'adresser à l'OCPM.", 'fr')).toBe(false);
  });

  it('rejects an invalid pattern in intents.json with the file named', () => {
    expect(() => parseFollowUpFacets([{ id: 'x', asked: { en: ['('] }, evidence: {} }])).toThrow(FollowUpFacetsError);
    const intents = JSON.stringify({ greeting: {}, thanks: {}, farewell: {}, acknowledgement: {}, outOfScope: {}, followUpMarkers: {}, followUpFacets: [{ id: 'x', asked: { en: ['['] }, evidence: {} }] });
    expect(() => parseIntentExamples(intents)).toThrow(IntentExamplesError);
  });
});

describe('"the same" in another place', () => {
  const service = serviceForTests();

  it.each([
    ['de-DE', 'anmeldung in düsseldorf, frist?', 'und das gleiche in tokyo?', /14 Tagen/],
    ['ja-JP', '住民登録の期限は？デュッセルドルフ', '東京も同じ？', /14日以内/],
  ])('%s: "%s" then "%s" answers the same subject there, with its deadline', async (locale, first, second, expected) => {
    const client = expectRepliesClient(service().url, { locale });
    await client.send(first);
    expect(textOf(await client.send(second))).toMatch(expected);
  });
});

describe('a follow-up of shared words keeps the conversation language', () => {
  const service = serviceForTests();

  it('en: "in NRW, a GmbH" after an English question is answered in English, not German', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('how much does it cost to set up a company?');
    const text = textOf(await client.send('in NRW, a GmbH'));
    expect(text).toMatch(/What founding a GmbH in NRW costs/);
    expect(text).not.toMatch(/Was die Gründung/);
  });
});
