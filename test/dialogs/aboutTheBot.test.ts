/**
 * Questions about the bot itself and chat around a request we do not cover, through the real endpoint: "who are
 * you?" gets who kakehashi is (a program, not a person) and how to reach a person, never the region question or an
 * out-of-scope refusal; "recommend a good movie" is declined, not taken for "good" (an acknowledgement).
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { asksForRegion, choiceActions, expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('the help command', () => {
  const service = serviceForTests();

  it.each([
    ['en-US', 'what can you do?', /setting up a company, visas and residence, healthcare/, /"menu"/],
    ['de-DE', 'hilfe', /Firmengründung, Visum und Aufenthalt, Gesundheit/, /„Menü“|"Menü"|Menü/],
    ['ja-JP', '使い方', /会社設立、ビザ・在留、医療/, /メニュー/],
    ['fr-FR', 'aide', /création d'entreprise, les visas et le séjour, la santé/, /menu/],
  ])('%s "%s" says what kakehashi covers and what one can type, with the topics to start from', async (locale, text, covers, commands) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(covers);
    expect(textOf(replies)).toMatch(commands);
    expect(choiceActions(replies)).toContain('topic:company');
  });
});

describe('the help names the languages and sides of the conversation\'s partnership', () => {
  const service = serviceForTests();

  it('en, Tsu ⇄ Paris/Geneva: French, Japanese and English, and Tsu, Paris and Geneva — not German, Tokyo or NRW', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('help', { channelData: { partnership: 'tsu-paris-geneva' } });
    const text = textOf(replies);
    expect(text).toMatch(/in English, Japanese, or French/);
    expect(text).toMatch(/"Tsu \(Mie Prefecture\)", "Paris Region \(Île-de-France\)", or "Canton of Geneva"/);
    expect(text).not.toMatch(/German|Deutsch|NRW|"Tokyo"/);
  });

  it('de, Tokyo ⇄ NRW: Deutsch, Japanisch, Englisch, and Tokio or NRW — not French, Paris or Geneva', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'de-DE' }).send('hilfe', { channelData: { partnership: 'tokyo-nrw' } });
    const text = textOf(replies);
    expect(text).toMatch(/auf Deutsch, Japanisch oder Englisch/);
    expect(text).toMatch(/„Tokio“ oder „Nordrhein-Westfalen \(NRW\)“/);
    expect(text).not.toMatch(/Französisch|français|Genf|Paris/);
  });
});

describe('questions about the bot', () => {
  const service = serviceForTests();

  it.each([
    ['en-US', 'who are you?', /automated assistant, not a person/, /talk to a person/],
    ['de-DE', 'bist du ein Mensch oder ein Bot?', /kein Mensch/, /mit einem Menschen sprechen/],
    ['de-DE', 'Was kannst du alles?', /beantworte Fragen zu Firmengründung/, /Kontaktstelle/],
    ['ja-JP', 'あなたは誰？', /人間ではありません/, /担当者と話したい/],
    ['ja-JP', '何ができるの？', /公的な出典/, /連絡窓口/],
    ['fr-FR', 'tu es un robot ?', /pas une personne/, /parler à une personne/],
    // What it can do, asked after a greeting: not an off-topic request.
    ['en-US', 'hey there, what can you do?', /automated assistant, not a person/, /talk to a person/],
    ['de-DE', 'Hallo, wie kannst du mir helfen?', /beantworte Fragen zu Firmengründung/, /mit einem Menschen sprechen/],
    ['fr-FR', 'bonjour, à quoi tu sers ?', /pas une personne/, /parler à une personne/],
  ])('%s "%s" says what kakehashi is and how to reach a person', async (locale, text, what, how) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(what);
    expect(textOf(replies)).toMatch(how);
    expect(asksForRegion(replies)).toBe(false);
    expect(choiceActions(replies)).toContain('topic:company');
  });

  it('the phrase it tells the user to write reaches the hand-over', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send('talk to a person');
    expect(textOf(replies)).toMatch(/contact office/);
  });

  it.each([
    ['en-US', 'recommend a good movie', /can't help with that/],
    ['de-DE', 'Wer wird Meister in der Bundesliga?', /nicht helfen/],
    ['en-US', 'bye, have a nice weekend', /Goodbye/],
  ])('%s "%s" is answered in kind, not as a question', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(expected);
    expect(asksForRegion(replies)).toBe(false);
    expect(textOf(replies)).not.toMatch(/Glad that helps/);
  });
});
