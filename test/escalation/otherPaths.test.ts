/**
 * The relay on a second channel (self-hosted Direct Line / Web Chat) and the hand-over offered after repeated
 * low-confidence answers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import { directLineClient, webChatMessage, type DirectLineActivity } from '../channels/directline/directLineClient';
import type { Answerer } from '../../src/conversation/answering';
import { teamsUser, textsOf, waitUntil } from './support/teamsUser';

describe('staff reply to a Direct Line (Web Chat) user', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ DIRECTLINE_SECRET: 'escalation-directline-secret-0123456789' });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('reaches the user in their Direct Line conversation, marked from the office', async () => {
    const client = directLineClient(service.url);
    const { conversationId, token } = (await client.generate()).body;
    await client.start(token, 'de-DE');
    const botTexts = async () =>
      ((await client.activities(conversationId, token)).body.activities as DirectLineActivity[])
        .filter((activity) => activity.type === 'message' && activity.from.role === 'bot')
        .map((activity) => activity.text ?? '');
    const say = async (text: string, waitFor: RegExp) => {
      await client.post(conversationId, token, webChatMessage(text, randomUUID()));
      await waitUntil(async () => (await botTexts()).some((line) => waitFor.test(line)), 5000, `reply to "${text}"`);
    };
    await say('Tokio', /Tokio/);
    await say('Ich möchte mit einem Menschen sprechen', /Darf ich diesen Chatverlauf/);
    await say('ja', /Bitte beschreiben Sie Ihr Anliegen/);
    await say('Wir suchen ein Büro in Tokio und brauchen Hilfe bei der Gründung einer KK.', /Wie kann die Stelle Sie/);
    await say('überspringen', /Vorgangsnummer/);

    const [escalation] = await service.kakehashi.escalation.service.list({});
    expect(escalation!.officeId).toBe('tmg-commerce-industry');
    expect(escalation!.channelId).toBe('directline');
    await service.kakehashi.escalation.service.addStaffMessage(escalation!.id, 'staff-sato', 'Gerne, wir melden uns morgen.');
    const relayed = await waitUntil(async () => (await botTexts()).find((line) => line.includes('wir melden uns morgen')), 5000, 'relayed reply');
    expect(relayed).toContain('Stadtregierung Tokio');
    expect(escalation!.events.some((event) => event.type === 'relay-failed')).toBe(false);
  });
});

describe('hand-over after repeated low-confidence answers', () => {
  let service: RunningService;
  let connector: LoopbackConnector;
  const unsure: Answerer = {
    answerQuestion: async () => ({ reply: { text: 'I am not sure about that.' }, confident: false }),
    browseTopic: async () => ({ text: 'topics' }),
    answerEntry: async () => undefined,
  };
  beforeAll(async () => {
    connector = await startLoopbackConnector();
    service = await startService({}, { answerer: unsure });
  });
  afterAll(async () => {
    await service.stop();
    await connector.close();
  });

  it('offers the office after two weak answers, with the reason named', async () => {
    const user = teamsUser(service.url, connector);
    await user.say('Düsseldorf');
    await user.say('What is the best Kölsch brewery in Düsseldorf?');
    const second = textsOf(await user.say('And which bakery sells the best Brötchen in Düsseldorf?'));
    expect(second).toMatch(/couldn't find a good answer to that twice/);
    expect(second).toContain('NRW.Global Business GmbH (Düsseldorf)');
  });
});
