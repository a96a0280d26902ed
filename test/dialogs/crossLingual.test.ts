/**
 * Issue 8, languages, as a user meets them through the real endpoint (expectReplies): short chat messages answered
 * in the language they are written in, and questions in a language without content here found through the
 * lexicon (knowledge/lexicon), with the "answered in English" note. Each case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const actions = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');

describe('languages of short chat messages and questions without content in their language', () => {
  const service = serviceForTests();

  it('"¿número de ambulancia en Ginebra?" (Spanish, though French-looking words) gets Geneva\'s numbers in English, not French', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'fr-FR' }).send('¿número de ambulancia en Ginebra?');
    expect(replies[0]?.locale).toBe('en');
    expect(textOf(replies)).toMatch(/call 144 for an ambulance/);
    expect(textOf(replies)).not.toMatch(/appelez/);
  });

  it.each([
    // tinyld reads these as English; their words are German entries' words.
    ['gibts ne deutsche schule in tokyo?', 'de', /Deutsche Schule Tokyo Yokohama/, /The German school/],
    ['danke dir!', 'de', /Gern geschehen/, /can't help/],
    // tinyld reads this as English: names and loanwords (SARL, SAS, PME) hide the French.
    ["SARL ou SAS pour la filiale d'une PME de Tsu à Paris ?", 'fr', /SAS/, /Legal forms in France/],
    // tinyld reads this as French.
    ['register arrival in geneva deadline', 'en', /arrival in Geneva/, /S'annoncer/],
    // Kana in it, but a German sentence around a Japanese particle and word.
    ['Tokioで株式会社 gründen – wer hilft bei den ersten schritten?', 'de', /KK oder GK in Tokio/, /株式会社・合同会社の設立手順/],
    // A Japanese sentence with German words in it stays Japanese.
    ['Düsseldorfに引っ越します。Anmeldungはどうすれば？', 'ja', /住民登録/, /Wohnsitz anmelden/],
  ])('"%s" from an English browser is answered in its own language (%s)', async (text, language, expected, notExpected) => {
    const replies = await expectRepliesClient(service().url, { locale: language === 'en' ? 'fr-FR' : 'en-US' }).send(text);
    expect(replies[0]?.locale).toBe(language);
    expect(textOf(replies)).toMatch(expected);
    expect(textOf(replies)).not.toMatch(notExpected);
  });

  it.each([
    ['도쿄에서 주식회사 설립 최소 자본금은?', /Korean/, /1 yen/],
    ['杜塞尔多夫孩子晚上发烧怎么办', /Chinese/, /116117/],
    ['me mudé a Düsseldorf, tengo que registrarme?', /Spanish/, /two weeks/],
    ["Tokyo'da şirket kurmak için hangi vize lazım?", /Turkish/, /Business Manager/],
    ['Rundfunkbeitrag có bắt buộc phải trả không?', /Vietnamese/, /per dwelling/],
    // A phrase of the lexicon ("seguro saude") with a linking word in the message ("seguro de saúde"); "Preciso",
    // capitalised only because it starts the message, is no shared term.
    ['Preciso fazer o seguro de saúde em Genebra? Qual o prazo?', /Portuguese/, /3 months|three months/],
    // The lexicons' shared core vocabulary: pets, tax return, maternity leave, dog tax, schools, emergency numbers,
    // and country names that settle the region ("Pháp", "Giappone").
    ['¿Puedo traer a mi perro a Tokio?', /Spanish/, /Keeping a dog in Tokyo/],
    ['Onde faço a declaração de imposto em Tóquio?', /Portuguese/, /kakutei shinkoku/],
    ["Cenevre'de doğum izni kaç hafta?", /Turkish/, /Maternity leave in Geneva/],
    ['在杜塞尔多夫养狗要登记吗？', /Chinese/, /dog tax/],
    ['뒤셀도르프에 일본인 학교 있나요?', /Korean/, /Japanese International School/],
    ['¿Cuál es el número de la policía en Ginebra?', /Spanish/, /117/],
    ['Nghỉ thai sản ở Pháp được bao nhiêu tuần?', /Vietnamese/, /16 weeks/],
    ['Posso portare il mio gatto in Giappone?', /Italian/, /Bringing a dog or cat to Japan/],
  ])('"%s" is searched through its language\'s lexicon and answered in English with the note', async (text, note, answer) => {
    const replies = await expectRepliesClient(service().url, { locale: 'en-US' }).send(text);
    expect(textOf(replies)).toMatch(note);
    expect(textOf(replies)).toMatch(answer);
  });

  it('French about Tokyo (no French content there) finds the night-time child health line, with the note in French', async () => {
    const replies = await expectRepliesClient(service().url, { locale: 'fr-FR' }).send('mon enfant a de la fièvre la nuit à Tokyo');
    expect(textOf(replies)).toMatch(/pas encore de contenu vérifié en français/);
    expect(textOf(replies)).toMatch(/#8000/);
  });

  it('French about NRW that finds no confident answer still says the suggestions are in English', async () => {
    const client = expectRepliesClient(service().url, { locale: 'fr-FR' });
    await client.send('Düsseldorf');
    // One known word ("formulaire") and nonsense: suggestions with English titles, not an answer.
    const replies = await client.send('et le formulaire blorf ?');
    expect(textOf(replies)).toMatch(/Je ne suis pas sûr d'avoir compris/);
    expect(actions(replies)).toContain('menu');
    expect(textOf(replies)).toMatch(/pas encore de contenu vérifié en français/);
  });
});
