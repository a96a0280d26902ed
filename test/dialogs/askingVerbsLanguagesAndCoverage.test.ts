/**
 * Faults found in a diagnosis set (blind19, 2026-12-02), each through the real endpoint:
 * - Japanese generic verbs of asking (探す, 始める, 手伝う) chose the entry: "子どものKita探したい" got the
 *   after-hours doctors (whose questions say 探す); "Kölnで会社を作りたい" got the rent deposit (保険会社, 作りましょう),
 *   as "会社を作る" was not read as founding;
 * - a Han place name in an English sentence made it Chinese;
 * - an Italian chest pain and a Vietnamese question for the medical advice line were not read as such, and an Italian
 *   question with the word "numero" was answered in French;
 * - "and for Geneva?" after the Paris deposit found no counterpart, because two Geneva housing entries tied;
 * - "ジュネーブで住所登録はどこでする？" did not find Geneva's arrival registration (到着届);
 * - scores within 1 % were ordered by chance (the index's statistics): now by coverage, then by the words in titles;
 * - "ビザはどうなる？" after founding in Paris stayed with the founding steps (the residence permit was not in their family).
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('asking verbs, languages and coverage', () => {
  const service = serviceForTests();

  it('"Düsseldorfに住んでます。子どものKita探したい" gets the Kita entry, not the after-hours doctors', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('Düsseldorfに住んでます。子どものKita探したい'));
    expect(reply).toMatch(/Kita/);
    expect(reply).not.toMatch(/116117/);
  });

  it('"Kölnで会社を作りたいです。何から始めればいい？" gets the founding overview, not the rent deposit', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('Kölnで会社を作りたいです。何から始めればいい？'));
    expect(reply).toMatch(/公証|商業登記/);
    expect(reply).not.toMatch(/敷金/);
  });

  it('"子どもの学校探し手伝って" asks which region rather than answering with a doctor\'s appointment', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('子どもの学校探し手伝って'));
    expect(reply).not.toMatch(/116117/);
    expect(reply).toMatch(/どちらについて|学校/);
  });

  it('a worry about the children\'s school asks which region, it is not declined', async () => {
    expect(textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('子どもの学校どうしよう…'))).toMatch(/どちらについて/);
  });

  it('an English sentence with a place in Han is answered in English, about that place', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send("Just landed in 一身田, where's the city office to register?"));
    expect(reply).not.toMatch(/Chinese/);
    expect(reply).not.toMatch(/I can't help with that/);
    expect(reply).toMatch(/Tsu/);
  });

  it('an Italian "forti dolori al petto" in Düsseldorf gets 112', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('a Düsseldorf mia moglie ha forti dolori al petto, cosa faccio?'));
    expect(reply).toMatch(/\b112\b/);
  });

  it('an Italian question with one French-looking word ("numero") is answered in English, not French', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('incendio in casa a Tsu, che numero chiamo?'));
    expect(reply).toMatch(/\b119\b/);
    expect(reply).not.toMatch(/S'il s'agit|appelez/);
    expect(reply).toMatch(/If this is an emergency/);
  });

  it('a Vietnamese question for the medical advice number in Tokyo gets #7119', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('số điện thoại tư vấn cấp cứu ở Tokyo là gì?'));
    expect(reply).toMatch(/#7119/);
  });

  it('"and for Geneva?" after the deposit in Paris answers from Geneva\'s housing entries, not "no information"', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send("what's the deposit for an unfurnished flat in paris?"))).toMatch(/dépôt de garantie/);
    const reply = textOf(await client.send('and for Geneva?'));
    expect(reply).not.toMatch(/I have no information/);
    expect(reply).toMatch(/Geneva/);
  });

  it('"ジュネーブで住所登録はどこでする？" gets the arrival registration at the OCPM', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'ja-JP' }).send('ジュネーブで住所登録はどこでする？'));
    expect(reply).toMatch(/OCPM/);
    expect(reply).toMatch(/14日/);
  });

  it('"ビザはどうなる？" after founding a company in Paris answers with the talent residence permit', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('パリで会社作りたいです'))).toMatch(/設立/);
    expect(textOf(await client.send('ビザはどうなる？'))).toMatch(/タレント/);
  });

  it('a tie of scores goes to the entry that covers the question: the language of the founding documents, not the notary fee', async () => {
    const reply = textOf(await expectRepliesClient(service().url, { locale: 'de-DE' }).send('In welcher Sprache müssen Satzung & Gründungsunterlagen in Japan sein?'));
    expect(reply).toMatch(/Übersetzung/);
  });
});
