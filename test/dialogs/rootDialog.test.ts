/** The root dialog as a user meets it, through the real endpoint (expectReplies), table-driven where it fits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient, textOf, type SentActivity } from '../support/botFrameworkClient';
import type { Answerer } from '../../src/conversation/answering';

const titles = (replies: SentActivity[]) => replies.flatMap((reply) => reply.suggestedActions?.actions ?? []).map((action) => action.title);

describe('root dialog', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it.each([
    ['en-US', 'help', /Just type your question/],
    ['de-DE', 'Hilfe', /Schreiben Sie Ihre Frage einfach/],
    ['ja-JP', 'ヘルプ', /質問をそのまま/],
    ['en-US', 'cancel', /I've stopped that/],
    ['de-DE', 'abbrechen', /abgebrochen/],
    ['ja-JP', 'キャンセル', /中止しました/],
  ])('%s "%s" is answered in that language', async (locale, text, expected) => {
    const replies = await expectRepliesClient(service.url, { locale }).send(text);
    expect(textOf(replies)).toMatch(expected);
  });

  it('on a text-only channel shows numbered choices, and "2" picks the second', async () => {
    const client = expectRepliesClient(service.url, { channelId: 'sms', locale: 'en-US' });
    const menu = await client.send('menu');
    expect(menu[0]!.text).toMatch(/1\. Company set-up & procedures\n2\. Healthcare/);
    expect(menu[0]!.attachments ?? []).toEqual([]);
    const afterTwo = await client.send('2');
    expect(textOf(afterTwo)).toMatch(/Is your question about/);
    const afterRegion = await client.send('1');
    expect(textOf(afterRegion)).toMatch(/Healthcare/);
    expect(textOf(afterRegion)).toMatch(/\d+\. .*emergency/i);
  });

  it('browsing a topic lists only entries of the chosen region', async () => {
    const client = expectRepliesClient(service.url, { locale: 'de-DE' });
    await client.send('Düsseldorf');
    const replies = await client.send('Gesundheit', { value: { action: 'topic:healthcare' } });
    const choices = titles(replies);
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.join(' ')).not.toMatch(/Tokio|Tokyo|7119/);
    expect(choices.join(' ')).toMatch(/116117|Notruf|Krankenversicherung/);
  });

  it('"talk to a person" interrupts a waiting region question', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    expect(textOf(await client.send('How do I open a bank account?'))).toMatch(/Is your question about/);
    const replies = await client.send('I want to talk to a person');
    expect(textOf(replies)).not.toMatch(/Is your question about/);
    expect(textOf(replies)).toMatch(/office/i);
  });

  it('after two unclear answers to the region question, answers across regions, labelled', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    await client.send('How does the residence registration work?');
    expect(textOf(await client.send('no idea'))).toMatch(/Please choose one of the places/);
    const answer = textOf(await client.send('whatever'));
    expect(answer).toMatch(/This answer is about (Tokyo|North Rhine-Westphalia)/);
  });

  it('an emergency is answered at once with both regions\' numbers when the region is unknown', async () => {
    const replies = await expectRepliesClient(service.url, { locale: 'de-DE' }).send('Notfall! Mein Kind ist bewusstlos');
    const text = textOf(replies);
    expect(text).toMatch(/Wenn es ein Notfall ist/);
    expect(text).toContain('119');
    expect(text).toContain('112');
  });
});

describe('turn errors', () => {
  it('apologises in the user\'s language and starts clean on the next message', async () => {
    let fail = true;
    const flaky: Answerer = {
      async answerQuestion() {
        if (fail) throw new Error('index exploded');
        return { reply: { text: 'fine again' }, confident: true };
      },
      browseTopic: async () => ({ text: 'topic' }),
      answerEntry: async () => undefined,
    };
    const service = await startService({}, { answerer: flaky });
    try {
      const client = expectRepliesClient(service.url, { locale: 'en-US' });
      const failed = await client.send('Wie finde ich eine Wohnung in Köln?');
      expect(textOf(failed)).toMatch(/Entschuldigung, bei mir ist etwas schiefgegangen/);
      expect(textOf(failed)).not.toMatch(/index exploded|at .*\.ts/);
      fail = false;
      expect(textOf(await client.send('Wie finde ich eine Wohnung in Köln?'))).toContain('fine again');
    } finally {
      await service.stop();
    }
  });
});
