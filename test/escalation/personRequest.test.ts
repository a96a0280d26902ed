/**
 * A wish to be helped by a person, however it is phrased (issue 8): someone to reach + helping or reaching + the
 * asker's wish, in any order, starts the hand-over; with a subject the knowledge's answer comes first, then the offer.
 * A question about a service that merely names a desk or an office stays a question. End to end as a Teams user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPersonRequest } from '../../src/conversation/personRequest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { teamsUser, textsOf } from './support/teamsUser';

describe('isPersonRequest', () => {
  it.each([
    'i need help from a human please',
    'please forward my question to the office',
    "that's too complicated, can a person help me?",
    '東京都の窓口に問い合わせたい',
    'kann mir ein Mitarbeiter bei der GmbH-Gründung in Köln helfen?',
    "est-ce que quelqu'un peut m'aider pour créer une SAS à Paris ?",
    // "qui peut m'aider / nous aider" asks for someone as "who can help me" does.
    "qui peut m'aider à trouver des partenaires au japon ?",
    "qui pourrait nous aider pour l'implantation à Genève",
    // A human wished for in a few words needs no verb.
    'je veux un humain',
    'get me a human pls',
    'I want a real person',
    'ich will einen Menschen',
    // Chat German: "brauch" without its ending, "nen" for "einen".
    'ich brauch nen menschen, kein bot',
    // "someone" in Japanese, asked with a potential form.
    '誰かと話せますか',
    // Being accompanied, a request passed on (German separable verbs), the contact point named.
    'gibt es bei der stadtregierung tokio jemanden der uns bei behördengängen begleitet?',
    'Bitte leiten Sie meine Anfrage an die Stadtregierung Tokio weiter',
    'geben Sie meine Frage bitte an die Ansprechstelle weiter',
    // An introduction to the ones just answered, or to nobody named.
    'great, can you introduce us to them?',
    'pls introduce us',
    'bitte stellen sie den kontakt her',
    'können Sie uns vermitteln?',
    'pouvez-vous nous mettre en relation ?',
    'そこ紹介してもらえる？',
    // An introduction to the counterparts the offices introduce (investors, partners, distributors…), also with a
    // German separable verb around them.
    'bitte stellt uns partnerfirmen in köln vor',
    'can you introduce us to potential distributors in NRW?',
    'パリの投資家を紹介してほしい',
    // A Japanese potential form asked, or a request in the te-form, is a wish too.
    'ジュネーブの担当の人と会える？',
    '担当の方を紹介して',
    // A contact (a noun) wished for, and "gibt's" for "gibt es".
    'un contact à Paris pour notre PME svp',
    "gibt's da ne ansprechperson?",
    // Being connected with an organisation or a public body.
    'Können Sie uns mit der Stadt Tsu verbinden? Wir sind ein KMU aus Genf',
    'can you connect us with the Tokyo government?',
    'pouvez-vous nous mettre en relation avec la mairie de Tsu ?',
    '津市とつないでほしい',
    // Whoever is in charge, to be called.
    'wer ist für japanische firmen in nrw zuständig, kann ich da anrufen?',
    // Asking whom to talk to, meeting counterparts, a contact person named as the whole question.
    "we're a french SME and want to meet companies in Tsu – who do I talk to?",
    "à qui dois-je m'adresser pour une implantation à Genève ?",
    'an wen soll ich mich wenden, wenn ich eine GmbH gründen will?',
    '誰に相談すればいい？',
    "Un interlocuteur à Tsu pour nous présenter à l'université de Mie ?",
  ])('reads %j as a wish for a person', (text) => expect(isPersonRequest(text)).toBe(true));

  it.each([
    '外国人向けの相談窓口はありますか',
    // Connected with someone who is no organisation, or to a network.
    'can you connect me with a good doctor?',
    'how do I connect to the city wifi?',
    'wie verbinde ich mich mit dem WLAN der Stadt?',
    'who is responsible for waste collection in Essen?',
    'how do I contact the Bürgerbüro in Düsseldorf?',
    'my wife needs a doctor who can speak english in minato',
    'do I need an interpreter at the notary in Köln?',
    '日本人学校はありますか',
    'are you human?',
    'Menschen mit Behinderung: gibt es Hilfe?',
    'qui peut me dire combien coûte une SAS ?',
    'wie geht es weiter mit der Anmeldung?',
    'wo ist die Ansprechstelle für Gewerbe in Köln?',
    // An introduction to someone named is a question for the answers.
    'can you introduce me to a good doctor?',
    '医者を紹介してもらえる？',
    // Counterparts to find without asking to be introduced, a potential form without anyone to reach, a contact form.
    'wo finde ich kunden in köln?',
    'いつまで使える？',
    'we need a contact form for the website',
    // Meeting a deadline, paying someone.
    'we need to meet the deadline for the companies register',
    'who do I pay the broadcasting fee to?',
  ])('reads %j as a question', (text) => expect(isPersonRequest(text)).toBe(false));
});

describe('a wish for a person, end to end', () => {
  let service: RunningService;
  let connector: LoopbackConnector;
  beforeAll(async () => {
    connector = await startLoopbackConnector();
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
    await connector.close();
  });

  it('"東京都の窓口に問い合わせたい" offers the Tokyo contact office', async () => {
    const reply = textsOf(await teamsUser(service.url, connector, 'ja-JP').say('東京都の窓口に問い合わせたい'));
    expect(reply).toContain('東京都 産業労働局 商工部へおつなぎできます');
  });

  it('"please forward my question to the office" after an NRW answer goes to the NRW side', async () => {
    const user = teamsUser(service.url, connector, 'en-US');
    await user.say('how do I register my address in Essen?');
    const reply = textsOf(await user.say('please forward my question to the office'));
    expect(reply).toMatch(/I can hand your question to NRW/);
  });

  it('"can someone help me find an apartment in Düsseldorf?" answers from the knowledge, then offers the office', async () => {
    const reply = textsOf(await teamsUser(service.url, connector, 'en-US').say('can someone help me find an apartment in Düsseldorf?'));
    expect(reply).toMatch(/https?:\/\//);
    expect(reply).toMatch(/flat|apartment/i);
    expect(reply).toMatch(/I can hand your question to NRW/);
  });

  it('a new question instead of yes or no lets the offer lapse and is answered', async () => {
    const user = teamsUser(service.url, connector, 'en-US');
    expect(textsOf(await user.say("I'd like an introduction to investors in NRW"))).toMatch(/May I share this conversation/);
    const reply = textsOf(await user.say('how do I register my address in Essen?'));
    expect(reply).not.toMatch(/yes or no/i);
    expect(reply).toMatch(/Anmeldung/);
  });

  it('"pls introduce us" after an answer on support organisations offers that side\'s office without repeating the answer', async () => {
    const user = teamsUser(service.url, connector, 'en-US');
    await user.say('is there an agency in NRW that helps japanese smes?');
    const reply = textsOf(await user.say('pls introduce us'));
    expect(reply).toMatch(/I can hand your question to NRW/);
    expect(reply).not.toMatch(/https?:\/\//);
  });

  it('"そこ紹介してもらえる？" after the Paris support organisations offers the Paris side', async () => {
    const user = teamsUser(service.url, connector, 'ja-JP');
    await user.say('パリ地域の支援機関ってどこ？');
    expect(textsOf(await user.say('そこ紹介してもらえる？'))).toMatch(/Choose Paris Region.*おつなぎできます/s);
  });

  it('ko: a request for investors in Paris is answered from the Paris support organisations (not the investor residence permit), then the offer', async () => {
    const reply = textsOf(await teamsUser(service.url, connector, 'en-US').say('파리에서 투자자 소개받을 수 있나요?'));
    expect(reply).toMatch(/Choose Paris Region/);
    expect(reply).toMatch(/May I share this conversation/);
    expect(reply).not.toMatch(/residence permit/);
  });

  it('a typed "oui" accepts the offer in French', async () => {
    const user = teamsUser(service.url, connector, 'fr-FR');
    expect(textsOf(await user.say("je voudrais parler à quelqu'un de la ville de Tsu"))).toMatch(/Puis-je lui communiquer/);
    const reply = textsOf(await user.say('oui'));
    expect(reply).not.toMatch(/Répondez par oui ou par non/);
  });
});

describe('isPersonRequest on case descriptions', () => {
  it.each([
    'We want to open a sales office next spring and need help with it.',
    'We need help finding office space for our team.',
  ])('reads %j as no wish for a person', (text) => expect(isPersonRequest(text)).toBe(false));
});
