/**
 * Issue 8 as a user meets it, through the real endpoint: chat-style small talk ("おはよ〜", "danke dir!", "hiii 😊")
 * gets a reply in kind and the menu; an emergency with a sick child at night gets the advice line of the named region
 * (#8000 in Tokyo and Mie, 116117 in NRW, CeSaGe in Geneva) beside the emergency numbers, from the knowledge entries.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const actions = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');
const asksRegion = (replies: SentActivity[]) => actions(replies).some((action) => action.startsWith('region:'));

const service = serviceForTests();

describe('small talk typed as in a chat', () => {
  it.each([
    ['en-US', 'おはよ〜', /こんにちは！かけはし/],
    ['en-US', 'ありがとー！！', /どういたしまして/],
    ['en-US', 'danke dir!', /Gern geschehen/],
    ['en-US', 'hiii 😊', /Hello! I am kakehashi/],
    ['en-US', 'merci bien 🙏', /Je vous en prie/],
  ])('%s "%s" gets a short reply in kind and the menu, never the region question', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(textOf(replies)).toMatch(expected);
    expect(asksRegion(replies)).toBe(false);
    expect(actions(replies)).toContain('topic:company');
  });
});

describe('an emergency with a sick child at night', () => {
  it.each([
    ['ja-JP', '夜に子どもが熱…東京です。救急車呼ぶべき？', [/119/, /#8000/, /#7119/], /116117|ドイツ/],
    ['en-US', 'my kid has a high fever at night in Düsseldorf, should I call an ambulance?', [/112/, /116117/], /119/],
    ['ja-JP', '津市です。夜中に子どもが高熱、救急車を呼ぶべき？', [/119/, /#8000/], /116117/],
    ['en-US', 'emergency in Geneva, my child has a fever at night', [/144/, /0800 116 117/], /119/],
  ])('%s "%s" gets the numbers and the advice line of that region only', async (locale, text, expected, notExpected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    for (const pattern of expected) expect(textOf(replies)).toMatch(pattern);
    expect(textOf(replies)).not.toMatch(notExpected);
    expect(textOf(replies)).toMatch(/https?:\/\//);
  });
});

describe('a sick "kid" is a sick child', () => {
  const service = serviceForTests();

  it('en: "my kid has 39 fever at 2am in setagaya" gets the night-time child lines (#8000, #7119), not "not sure"', async () => {
    const text = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('my kid has 39 fever at 2am in setagaya'));
    expect(text).toMatch(/#8000/);
    expect(text).toMatch(/#7119/);
  });
});

describe('an emergency in a conversation that has a place', () => {
  const service = serviceForTests();

  it('ja: "今まさに40度でぐったりしてる！" after a Tokyo answer on a sick child at night is an emergency: 119 and #8000/#7119, Tokyo only', async () => {
    const user = expectRepliesClient(service().url, { locale: 'ja-JP' });
    await user.send('東京で夜に子どもが熱出したらどこに相談する？');
    const text = textOf(await user.send('今まさに40度でぐったりしてる！'));
    expect(text).toMatch(/119/);
    expect(text).toMatch(/#8000/);
    expect(text).toMatch(/#7119/);
    expect(text).not.toMatch(/112|116117/);
  });

  it('ja: "今、同僚が倒れた！" after the Geneva emergency numbers gives Geneva\'s numbers alone', async () => {
    const user = expectRepliesClient(service().url, { locale: 'ja-JP' });
    await user.send('ジュネーブの緊急番号を教えて');
    const text = textOf(await user.send('今、同僚が倒れた！'));
    expect(text).toMatch(/144/);
    expect(text).not.toMatch(/SAMU|119番/);
  });

  it('fr: a fever with a child "toute molle" in Tsu gets 119 and Mie\'s #8000', async () => {
    const text = textOf(await expectRepliesClient(service().url, { locale: 'fr-FR' }).send('ma fille a 40 de fièvre et elle est toute molle, on est à tsu'));
    expect(text).toMatch(/119/);
    expect(text).toMatch(/#8000/);
  });
});

describe('an emergency message in doubt whether it needs an ambulance', () => {
  it.each([
    ['en-US', "tokyo: is there a number for when i don't know if i need an ambulance?", [/119/, /#7119/]],
    ['en-US', 'should I call an ambulance or is there someone to ask? my husband has stomach pain, we live in tokyo', [/119/, /#7119/]],
    ['ja-JP', '夫がお腹を痛がっていて救急車を呼ぶべきか迷っています。品川区です', [/119/, /#7119/]],
  ])('%s "%s" gets the numbers and the advice line for a doubt', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    for (const pattern of expected) expect(textOf(replies)).toMatch(pattern);
  });
});

describe('a message that says it is not an emergency', () => {
  const service = serviceForTests();

  it.each([
    ['ja-JP', '夜中に具合悪くなったら、どこに電話すればいい？救急じゃないけど'],
    ['en-US', "it's not an emergency but who do i call at night if i feel sick?"],
  ])('%s "%s" without a place is asked back which region, not given every region\'s emergency numbers', async (locale, text) => {
    const replies = await expectRepliesClient(service().url, { locale }).send(text);
    expect(asksRegion(replies)).toBe(true);
    expect(textOf(replies)).not.toMatch(/\b119\b|\b112\b|\b144\b/);
  });

  it('en: with a place named ("not an emergency but … in tsu") it gets that place\'s numbers and its advice line', async () => {
    const text = textOf(await expectRepliesClient(service().url, { locale: 'en-US' }).send('no emergency, but where is the nearest hospital in tsu?'));
    expect(text).toMatch(/059-229-1199/);
    expect(text).not.toMatch(/116117|#7119/);
  });
});
