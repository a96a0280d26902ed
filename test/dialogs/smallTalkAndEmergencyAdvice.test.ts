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
