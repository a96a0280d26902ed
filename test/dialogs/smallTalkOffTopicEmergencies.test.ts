/**
 * Issue 8 ("understanding before search") as a user meets it, through the real endpoint: thanks and greetings with
 * chat around them, off-topic requests and emergencies, in ja/de/en/fr and the common other languages; and the
 * genuine questions that share their words. Each case failed before the change it names.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';

const actions = (replies: SentActivity[]) =>
  replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => (action.value as { action?: string } | undefined)?.action ?? '');
const asksRegion = (replies: SentActivity[]) => actions(replies).some((action) => action.startsWith('region:'));
const hasSources = (replies: SentActivity[]) => /https?:\/\//.test(textOf(replies));
const DECLINED = /can't help with that|nicht helfen|お答えできません|Je ne peux pas vous aider/;
const EMERGENCY_LEAD = /If this is an emergency|Wenn es ein Notfall ist|緊急の場合は|S'il s'agit d'une urgence/;

const service = serviceForTests();
const send = async (locale: string, text: string) => expectRepliesClient(service().url, { locale }).send(text);

describe('thanks and greetings with chat around them', () => {
  // The leftover words praise the answer or laugh ("a lot", "c'était très clair", "ㅎㅎ"): no subject of ours.
  it.each([
    ['en-US', 'thx a lot, that helped 🙏', /You're welcome/],
    ['fr-FR', 'merci beaucoup, c\'était vraiment top 🙏', /Je vous en prie/],
    ['de-DE', 'vielen Dank, echt super erklärt!', /Gern geschehen/],
    ['ja-JP', 'ありがとう！丁寧でほんとに助かった〜', /どういたしまして/],
    ['en-US', '안녕하세요 ㅎㅎ', /Hello! I am kakehashi/],
    ['en-US', 'muchas gracias, muy claro todo', /You're welcome/],
    ['en-US', 'grazie mille, molto gentile', /You're welcome/],
    ['en-US', 'obrigado, ajudou muito', /You're welcome/],
    ['en-US', '谢谢，很清楚', /You're welcome/],
  ])('%s "%s" gets a reply in kind and the menu, never the region question', async (locale, text, expected) => {
    const replies = await send(locale, text);
    expect(textOf(replies)).toMatch(expected);
    expect(asksRegion(replies)).toBe(false);
    expect(actions(replies)).toContain('topic:company');
  });

  it.each([
    ['en-US', 'thanks, and how long does the Anmeldung in Cologne take?', /Anmeldung/],
    ['en-US', 'hello there, I want to set up a GmbH in Cologne', /GmbH/],
    ['en-US', 'hola, necesito abrir una empresa en Tokio', /compan/i],
  ])('%s "%s" names a subject and is answered', async (locale, text, expected) => {
    const replies = await send(locale, text);
    expect(textOf(replies)).toMatch(expected);
    expect(textOf(replies)).not.toMatch(/You're welcome|Gern geschehen|Hello! I am kakehashi/);
  });
});

describe('requests outside what kakehashi is for', () => {
  it.each([
    ['ja-JP', '新宿でおすすめのラーメン屋ある？'],
    ['ja-JP', '子どもの算数の宿題手伝って　3/4+1/8は？'],
    ['en-US', 'what is 3/4 + 1/8?'],
    ['fr-FR', 'tu peux me donner une recette de crêpes ?'],
    ['fr-FR', 'tu connais un bon resto à Paris ?'],
    ['en-US', '¿quién ganó el partido del bayern ayer?'],
    ['en-US', 'qual é a previsão do tempo para amanhã em Paris?'],
    ['en-US', 'chi ha vinto la partita ieri sera?'],
    ['en-US', 'bugün hava nasıl olacak?'],
    ['en-US', '도쿄 맛집 추천해 주세요'],
    ['en-US', '明天东京天气怎么样？'],
    ['en-US', 'thời tiết ở Paris hôm nay thế nào?'],
  ])('%s "%s" gets one sentence on what kakehashi covers, no entry and no region question', async (locale, text) => {
    const replies = await send(locale, text);
    expect(textOf(replies)).toMatch(DECLINED);
    expect(hasSources(replies)).toBe(false);
    expect(asksRegion(replies)).toBe(false);
    expect(textOf(replies)).not.toMatch(/7\/8|8分の7/);
  });

  it.each([
    ['en-US', 'what is the gas company in Tokyo?', /Tokyo Gas/],
    ['en-US', 'is homework help available at the Japanese school in Düsseldorf?', /Japanese International School|Japanische Internationale Schule/],
    ['ja-JP', '東京でレストランを開業するには？', /https?:\/\//],
    ['en-US', '¿necesito una licencia para abrir un restaurante en Düsseldorf?', /https?:\/\//],
  ])('%s "%s" shares a word with them but is ours, and is answered', async (locale, text, expected) => {
    const replies = await send(locale, text);
    expect(textOf(replies)).not.toMatch(DECLINED);
    expect(textOf(replies)).toMatch(expected);
  });
});

describe('emergencies', () => {
  it.each([
    // Words that only together are an emergency, and the poison line of the region named.
    ['ja-JP', '品川区、地震のあとガスの臭いがする！', [/119/], /116 ?117|144/],
    ['fr-FR', 'mon enfant a avalé des médicaments, on est à Genève !', [/144/, /145/], /SAMU|116 ?117|119/],
    ['fr-FR', 'mon fils a avalé des médicaments, on est à Paris', [/\b15\b/, /01 40 05 48 48/], /144|145|119/],
    ['de-DE', 'Mein Kind hat Tabletten verschluckt, wir sind in Köln', [/112/, /0228 19240/], /119|144/],
    ['en-US', 'my toddler swallowed a button battery!! minato-ku', [/119/, /072-727-2499/], /112|144/],
    ['ja-JP', '津市で子どもが洗剤を飲んだ！', [/119/, /072-727-2499/], /#7119|144/],
    ['en-US', 'my daughter drank bleach, we live in Geneva', [/144/, /145/], /119|SAMU/],
    // The common other languages.
    ['en-US', 'mi hijo se tragó una pila de botón, estamos en Tokio', [/119/], /112|144/],
    ['en-US', 'meu marido está com dor no peito, estamos em Düsseldorf', [/112/], /119|144/],
    ['en-US', 'mio marito è svenuto, siamo a Tokyo', [/119/], /112|144/],
    ['en-US', "Köln'de arkadaşım bayıldı, ambulans numarası ne?", [/112/], /119|144/],
    ['en-US', '도쿄에서 남편이 쓰러졌어요', [/119/], /112|144/],
    ['en-US', '我在东京，朋友出车祸了', [/119/], /112|144/],
    ['en-US', 'con tôi bị co giật, chúng tôi ở Tokyo', [/119/], /112|144/],
  ])('%s "%s" gets the emergency numbers of that region first', async (locale, text, expected, foreign) => {
    const replies = await send(locale, text);
    expect(textOf(replies)).toMatch(EMERGENCY_LEAD);
    for (const pattern of expected) expect(textOf(replies)).toMatch(pattern);
    expect(textOf(replies)).not.toMatch(foreign);
    expect(asksRegion(replies)).toBe(false);
  });

  it('"numéros d\'urgence en Suisse" gets Geneva\'s emergency numbers, not its non-emergency doctors\' line', async () => {
    const replies = await send('fr-FR', "quels sont les numéros d'urgence en Suisse ? on vit à Carouge");
    for (const number of [/144/, /117/, /118/]) expect(textOf(replies)).toMatch(number);
    expect(textOf(replies)).not.toMatch(/116 ?117|SAMU|119/);
  });

  it("Tsu's night line for a child's fever spells out no number that does not work there", async () => {
    const replies = await send('ja-JP', '夜に子どもが熱。津市で相談できる電話は？');
    expect(textOf(replies)).toMatch(/#8000/);
    expect(textOf(replies)).not.toMatch(/#7119|03-3212-2323/);
  });

  it.each([
    ['en-US', 'gas contract when moving into a flat in Tokyo'],
    ['ja-JP', '薬を飲んでいますが、日本に持っていけますか？'],
    ['en-US', 'seguro de accidentes para empleados en Düsseldorf'],
  ])('%s "%s" is a question, not an emergency', async (locale, text) => {
    expect(textOf(await send(locale, text))).not.toMatch(EMERGENCY_LEAD);
  });
});
