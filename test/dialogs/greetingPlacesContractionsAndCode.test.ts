/**
 * Faults found in a diagnosis set (blind21, 2026-12-02), each through the real endpoint:
 * - a greeting with where it comes from ("coucou depuis Genève 🇨🇭") got Geneva's minimum wage: "depuis" was a
 *   content word, and a place beside a greeting made it a question;
 * - "whats" (typed without its apostrophe) was searched as the word "what", and "min capital" was not minimum capital,
 *   so "whats the min capital for a UG? we're 2 founders" got the founders' residence permit;
 * - help with an Excel formula in Japanese asked which region it was about.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('greetings with a place, contractions and office software', () => {
  const service = serviceForTests();

  it('"coucou depuis Genève 🇨🇭" is greeted back with the menu, not answered with the minimum wage', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'fr-FR' }).send('coucou depuis Genève 🇨🇭'));
    expect(reply).toMatch(/Bonjour/);
    expect(reply).not.toMatch(/salaire minimum/i);
  });

  it('a place with a subject beside a chat word stays a question: "Wir wollen in Tokyo eine KK gründen" gets the founding steps', async () => {
    expect(textOf(await expectRepliesClient(service().url, { locale: 'de-DE' }).send('Wir wollen in Tokyo eine KK gründen'))).toMatch(/Gründung einer KK/);
  });

  it('"whats the min capital for a UG? we\'re 2 founders in aachen" gets the minimum capital, not the founders\' residence permit', async () => {
    const reply = textOf(await expectRepliesClient(service().url).send("UG vs GmbH – whats the min capital for a UG? we're 2 founders in aachen"));
    expect(reply).toMatch(/Minimum capital of a GmbH and a UG/);
    expect(reply).toMatch(/1 euro/);
    expect(reply).not.toMatch(/§ 21 AufenthG/);
  });

  it('help with an Excel formula is declined in Japanese, without asking for a region', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('このExcelの関数おしえて =VLOOKUP'));
    expect(reply).toMatch(/お答えできません/);
    expect(reply).not.toMatch(/どちらについて/);
  });
});
