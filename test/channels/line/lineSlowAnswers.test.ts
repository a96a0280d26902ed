/** Long and slow answers on LINE: the loading animation, and an answer over 5000 characters split at sentence ends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/conversation/answering';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackLineApi, type LoopbackLineApi } from './support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook } from './support/lineWebhook';

const SENTENCE = 'Bring your passport and the landlord confirmation to the citizens office within two weeks of moving in. ';
const LONG_ANSWER = SENTENCE.repeat(120).trim();

/** Answers every question after 1.2 s with a 12 000-character text, as a slow LLM with a long entry would. */
const slowLongAnswerer: Answerer = {
  async answerQuestion() {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    return { reply: { text: LONG_ANSWER }, confident: true };
  },
  async browseTopic(topic) {
    return { text: topic };
  },
  async answerEntry() {
    return undefined;
  },
};

describe('LINE: slow and long answers', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  beforeAll(async () => {
    api = await startLoopbackLineApi();
    service = await startService(lineEnv(api.url), { answerer: slowLongAnswerer });
  });
  afterAll(async () => {
    await service.stop();
    await api.close();
  });

  it('shows the loading animation while the answer takes long, then replies with the answer split at sentence ends', async () => {
    const userId = newUserId();
    const event = lineEvent('text', { userId, text: 'What do I need to register my address in Düsseldorf?' });
    expect((await postWebhook(service.url, [event])).status).toBe(200);
    await api.waitFor(() => api.callsTo(/\/reply$/).length >= 1, 15_000, 'reply');

    const [loading] = api.callsTo(/^\/v2\/bot\/chat\/loading\/start$/);
    expect(loading!.body).toEqual({ chatId: userId, loadingSeconds: 20 });
    const [reply] = api.callsTo(/\/reply$/);
    expect(loading!.at).toBeLessThan(reply!.at);

    const texts = (reply!.body.messages as { type: string; text: string }[]).map((message) => message.text);
    expect(reply!.body.messages.length).toBeLessThanOrEqual(5);
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(5000);
      expect(text.endsWith('moving in.')).toBe(true);
    }
    expect(texts.join(' ')).toBe(LONG_ANSWER);
  });
});
