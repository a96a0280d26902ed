/**
 * Follow-ups read against the conversation (issue 8), end to end through the real endpoint: the part of the last
 * entry that answers the literal question, then its neighbours; short questions without a referring word; the
 * region kept from the last answer. Each case got another entry, or the region question, before the follow-up
 * resolver.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const asksRegion = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).some((action) => ((action.value as { action?: string } | undefined)?.action ?? '').startsWith('region:'));

describe('follow-ups resolved against the conversation', () => {
  const service = serviceForTests();

  it('fr: "et pour un logement vide ?" after the furnished deposit in Paris answers from the deposit entry, not rent control', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send('quel dépôt de garantie pour un meublé à Paris ?'))).toMatch(/dépôt de garantie/);
    const replies = await client.send('et pour un logement vide ?');
    expect(textOf(replies)).toMatch(/un mois de loyer/);
    expect(textOf(replies)).not.toMatch(/encadrement des loyers/i);
  });

  it('de: "und wie lange dauert das?" after founding a GmbH in Köln answers how long founding takes', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Wir wollen in Köln eine GmbH gründen'))).toMatch(/GmbH/);
    const replies = await client.send('und wie lange dauert das?');
    expect(textOf(replies)).toMatch(/Wie lange die Gründung einer GmbH/);
  });

  it('ja: an elliptical "全額最初に払わないとだめ？" after the GmbH capital keeps NRW and answers from the capital entry', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('NRWでGmbHの資本金はいくら？'))).toMatch(/25,000ユーロ/);
    const replies = await client.send('全額最初に払わないとだめ？');
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).toMatch(/12,500ユーロ|半額/);
  });

  it('ja: "予約いる？" after registering an address in Düsseldorf stays with the registration, not a doctor\'s appointment', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('デュッセルドルフで住民登録はどうすればいいですか'))).toMatch(/住民登録/);
    const replies = await client.send('予約いる？');
    expect(textOf(replies)).toMatch(/住民登録/);
    expect(textOf(replies)).not.toMatch(/医師|116117/);
  });

  it('fr: "je dois aller où pour le permis ?" after a residence permit in Geneva stays with residence permits, not the driving licence', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send('comment obtenir un permis de séjour à Genève ?');
    const replies = await client.send('je dois aller où pour le permis ?');
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).not.toMatch(/permis de conduire/i);
  });

  it('fr: "faut-il des sacs spéciaux ?" after sorting waste in Tsu stays with the waste entry (its own subject word), not child allowances', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send('comment trier les déchets à Tsu ?'))).toMatch(/déchets/);
    const replies = await client.send('faut-il des sacs spéciaux ?');
    expect(textOf(replies)).toMatch(/sac transparent/);
    expect(textOf(replies)).not.toMatch(/allocations/i);
  });

  it('ja: an elliptical "SAだと？" after the Geneva Sàrl capital answers from the legal-forms entry, not the commercial register', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('ジュネーブでSàrlの資本金はいくら？'))).toMatch(/20,000/);
    const replies = await client.send('SAだと？');
    expect(textOf(replies)).toMatch(/50,000/);
    expect(textOf(replies)).not.toMatch(/商業登記（registre du commerce）/);
  });

  it('en: "how do we apply there?" after a Kita place in Bonn stays with Kita-Net Bonn (a common word does not lead to parental allowance)', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('we need a Kita place in Bonn'))).toMatch(/Kita-Net Bonn/);
    const replies = await client.send('how do we apply there?');
    expect(textOf(replies)).toMatch(/Kita-Net Bonn/);
    expect(textOf(replies)).not.toMatch(/Elterngeld/);
  });

  it('de: "und was kostet das?" after a Kita place in Düsseldorf does not jump to what founding a GmbH costs', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Wie bekomme ich einen Kita-Platz in Düsseldorf?'))).toMatch(/Kita/);
    const replies = await client.send('und was kostet das?');
    expect(textOf(replies)).toMatch(/Kita/);
    expect(textOf(replies)).not.toMatch(/GmbH|Notar/);
  });

  it('a bare "is it compulsory?" / "ist das Pflicht?" / "c\'est obligatoire ?" refers to the last answer, not to another duty', async () => {
    for (const [locale, question, followUp, subject] of [
      ['en-US', 'Do we have to pay the NHK fee in Tokyo?', 'is it compulsory?', /NHK receiving fee/],
      ['de-DE', 'Muss ich in Tokio den NHK-Beitrag zahlen?', 'ist das Pflicht?', /NHK-Rundfunkgebühr/],
      ['fr-FR', 'comment trier les déchets à Tsu ?', "c'est obligatoire ?", /déchets ménagers/],
    ] as const) {
      const client = expectRepliesClient(service().url, { locale });
      expect(textOf(await client.send(question))).toMatch(subject);
      expect(textOf(await client.send(followUp))).toMatch(subject);
    }
  });

  it('de: "und wenn es nicht lebensbedrohlich ist, nachts?" after the emergency numbers leaves them for the after-hours line 116117', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Notruf in Düsseldorf?'))).toMatch(/112/);
    const replies = await client.send('und wenn es nicht lebensbedrohlich ist, nachts?');
    expect(textOf(replies)).toMatch(/116117/);
    expect(textOf(replies)).not.toMatch(/Notrufnummern/);
  });

  it('a short new question on another subject after an answer is still answered on its own', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('minimum capital for a GmbH in Düsseldorf?');
    const replies = await client.send('Kita in Cologne?');
    expect(textOf(replies)).toMatch(/LITTLE BIRD/);
  });

  it('en: "and which visa does our french manager need?" after the founding steps in Tsu leaves them (which mention a residence status in passing) for the Business Manager status', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('we want to found a company in tsu'))).toMatch(/step by step/);
    const replies = await client.send('and which visa does our french manager need?');
    expect(textOf(replies)).toMatch(/Business Manager residence status/);
    expect(textOf(replies)).toMatch(/30 million yen/);
  });
});
