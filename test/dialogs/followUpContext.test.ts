/**
 * Issue 8, "follow-ups lose their context": a short follow-up is read against the conversation's last answer, end to
 * end through the real endpoint. A country names a region ("and in Germany?") and keeps the subject; a family member
 * ("und für meine Kinder?") asks what the last answer, or its neighbour, says for the family.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('follow-ups keep the conversation\'s subject', () => {
  const service = serviceForTests();

  it('en: "and in Germany?" after registering an address in Tokyo answers the registration in NRW', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('how do I register my address in Tokyo?'))).toMatch(/Registering your address in Tokyo/);
    const text = textOf(await client.send('and in Germany?'));
    expect(text).toMatch(/Anmeldung/);
    expect(text).not.toMatch(/newcomers/i);
  });

  it('de: "und in Japan?" after a Kita place in Düsseldorf moves to Japan (the partnership\'s Japanese region), same subject', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Kita-Platz in Düsseldorf?'))).toMatch(/Kita-Navigator/);
    const text = textOf(await client.send('und in Japan?'));
    expect(text).toMatch(/Japan|Tokio/);
    expect(text).not.toMatch(/Kita-Navigator/);
  });

  it('de: "und für meine Kinder?" after which visa Japan needs answers the children\'s status, not the overview again', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Welches Visum brauche ich für Japan?'))).toMatch(/Business Manager/);
    const text = textOf(await client.send('und für meine Kinder?'));
    expect(text).toMatch(/„Dependent“ \(家族滞在\)/);
    expect(text).toMatch(/Kinder/);
    expect(text).not.toMatch(/Das hängt davon ab, was Sie in Japan tun/);
  });
});

describe('the same question at another place of the region', () => {
  const service = serviceForTests();

  it('de: "und in Essen?" after registering for a Kita in Düsseldorf answers Essen\'s own procedure, not Düsseldorf\'s again', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('Kita Düsseldorf anmelden'))).toMatch(/Kita-Navigator/);
    const text = textOf(await client.send('und in Essen?'));
    expect(text).toMatch(/Kita-Platz in Essen/);
    expect(text).toMatch(/LITTLE BIRD/);
  });

  it('en: "Bonn?" after the Kita in Cologne answers Bonn\'s Kita portal', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('kita place in cologne'))).toMatch(/Cologne/);
    expect(textOf(await client.send('Bonn?'))).toMatch(/Kita-Net Bonn/);
  });

  it('en: only a place right after an answer ("tokyo") answers that question for the place, not the menu alone', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('min capital for a KK?'))).toMatch(/1 yen/);
    const text = textOf(await client.send('tokyo'));
    expect(text).toMatch(/Minimum capital for a KK or GK in Tokyo/);
    expect(text).toMatch(/1 yen/);
  });
});

describe('a facet the last answer does not say, asked with words of its own', () => {
  const service = serviceForTests();

  it('de: "und was kostet die GK bei der Registrierung?" after KK or GK answers what founding costs (registration tax), not the legal forms\' opening again', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('wir wollen eine tochter in tokyo gründen, KK oder GK?'))).toMatch(/Rechtsformen/);
    const text = textOf(await client.send('und was kostet die GK bei der registrierung?'));
    // The legal forms' cost section (since 2026-12-01) or the founding-costs entry: the registration tax of a GK.
    expect(text).toMatch(/Registrier\S* ?(und Lizenz)?steuer/);
    expect(text).toMatch(/60\.000 Yen/);
    expect(text).not.toMatch(/Für eine Geschäftstätigkeit in Tokio gründen/);
  });
});

describe('a facet asked of an entry titled on it', () => {
  const service = serviceForTests();

  it('fr: "et les frais d\'enregistrement ?" on what founding a KK in Tsu costs shows the entry from its figures, not a side section', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send('je veux créer une KK à tsu');
    await client.send('capital minimum ?');
    const text = textOf(await client.send("et les frais d'enregistrement ?"));
    expect(text).toMatch(/Combien coûte la création d'une KK/);
    expect(text).toMatch(/150[\s\u202f\u00a0]000 yens/);
  });
});

describe('a short question on another entry\'s own subject', () => {
  const service = serviceForTests();

  it('fr: "Capital minimum pour une GmbH ?" after a Kita answer for Cologne gets that entry whole, the EUR 25,000 first', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    expect(textOf(await client.send("je m'installe à Cologne"))).toMatch(/Cologne/);
    const text = textOf(await client.send('Capital minimum pour une GmbH ?'));
    expect(text).toMatch(/Minimum capital of a GmbH/);
    expect(text).toMatch(/EUR 25,000/);
    expect(text).toMatch(/EUR 12,500/);
  });
});

describe('a facet asked of the last answer', () => {
  const service = serviceForTests();

  it('de: "und wie viel kostet das?" after the KK founding steps answers from the founding-costs neighbour, not a fee among the steps', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    expect(textOf(await client.send('ich will in tokyo eine KK gründen, was brauche ich?'))).toMatch(/Schritt für Schritt/);
    const text = textOf(await client.send('und wie viel kostet das?'));
    expect(text).toMatch(/Was die Gründung einer KK oder GK in Tokio kostet/);
    expect(text).toMatch(/150\.000 Yen/);
  });

  it('ja: "それはいくらですか" (with "はい" inside "それはいくら") is a follow-up, not small talk, and answers what founding costs', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('東京でGKを作るには？'))).toMatch(/設立手順/);
    const text = textOf(await client.send('それはいくらですか'));
    expect(text).toMatch(/設立する費用/);
    expect(text).not.toMatch(/お役に立てて/);
  });
});

describe('short facet questions after an answer', () => {
  const service = serviceForTests();

  it('en: "whats the deadline?" after enrolling in social insurance is read against it (not met with "not sure I understood")', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('we want to hire our first employee in tokyo');
    expect(textOf(await client.send('what do we have to file for social insurance?'))).toMatch(/Enrolling in social insurance/);
    const text = textOf(await client.send('whats the deadline?'));
    expect(text).toMatch(/within 5 days/);
    expect(text).not.toMatch(/not sure I understood/);
  });

  it('en: "how long can i still use it?" after driving in NRW with a Japanese licence stays with its six months, not the Deutschlandticket', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('i have a japanese driving licence, we just moved to bochum'))).toMatch(/six months/);
    const text = textOf(await client.send('how long can i still use it?'));
    expect(text).toMatch(/six months/);
    expect(text).not.toMatch(/Deutschlandticket/);
  });
});

describe('an alternative asks the last question again about it', () => {
  const service = serviceForTests();

  it('en: "and a KK?" after what founding a GK costs answers what founding a KK costs (its registration tax), not a side section', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('what does founding a GK in Tokyo cost?'))).toMatch(/What founding a KK or GK in Tokyo costs/);
    const text = textOf(await client.send('and a KK?'));
    expect(text).toMatch(/150,000 yen/);
  });

  it('ja: "KKだと？" after the cost of a GK stays with the founding costs, not the minimum capital', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('東京でGKを作る費用は？'))).toMatch(/設立する費用/);
    const text = textOf(await client.send('KKだと？'));
    expect(text).toMatch(/設立する費用/);
    expect(text).not.toMatch(/最低資本金/);
  });
});
