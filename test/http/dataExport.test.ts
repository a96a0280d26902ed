/**
 * Field kind 9, data rights: "export my data" (ja/de/en) gives the user a short-lived link to a JSON file with
 * everything stored about them: the whole user record, their conversations (Direct Line log included) and their
 * escalation cases. The link stops working after its time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../support/startService';
import { directLineClient, webChatMessage, type DirectLineActivity } from '../channels/directline/directLineClient';
import { expectRepliesClient } from '../support/botFrameworkClient';
import { newCase } from '../escalation/support/caseInput';
import { userStateKey } from '../../src/conversation/stateKeys';
import { commandOf } from '../../src/conversation/commands';

const TTL_SECONDS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The export link in what the user sees: the card's button (and the text on text-only renderings). */
const linkIn = (activity: unknown) => /"(?:value|url)":"([^"]*\/data-export\/[A-Za-z0-9_.-]+)"/.exec(JSON.stringify(activity))?.[1];

describe('"export my data"', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ DATA_EXPORT_TTL_SECONDS: String(TTL_SECONDS) });
  });
  afterAll(() => service.stop());

  it.each(['export my data', 'Export my data please', 'meine Daten exportieren', 'Datenauskunft', 'データをエクスポート', '私のデータをダウンロードしたい'])(
    '%j is the export command, and "delete my data" stays the delete command',
    (text) => {
      expect(commandOf(text)).toBe('export-data');
      expect(commandOf('delete my data')).toBe('delete-data');
      expect(commandOf('How do I export goods to Japan?')).toBeUndefined();
    },
  );

  it('on Direct Line: the link gives profile, conversation log and case as a JSON file, then expires', async () => {
    const client = directLineClient(service.url);
    const { body: { conversationId, token } } = await client.generate();
    await client.start(token, 'de-DE');
    await client.post(conversationId, token, webChatMessage('Deutsch bitte', 'c1'));
    await client.post(conversationId, token, webChatMessage('Wie melde ich meinen Wohnsitz in Düsseldorf an?', 'c2'));
    const log = (await client.activities(conversationId, token)).body.activities;
    const userId = log.find((activity) => activity.from.role === 'user')!.from.id;

    // A case with a contact office, and a user-state property added by some later feature.
    const opened = await service.kakehashi.escalation.service.openCase(
      newCase({ channelId: 'directline', userId, description: 'Bitte um Hilfe bei der Gewerbeanmeldung in Köln.' }),
    );
    const key = userStateKey('directline', userId);
    const record = (await service.kakehashi.storage.read([key]))[key]!;
    await service.kakehashi.storage.write({ [key]: { ...record, plans: { move: '2027-04', city: 'Köln' } } });

    const before = (await client.activities(conversationId, token)).body.watermark;
    await client.post(conversationId, token, webChatMessage('meine Daten exportieren', 'c3'));
    const replies = (await client.activities(conversationId, token, before)).body.activities.filter((a: DirectLineActivity) => a.from.role === 'bot');
    const reply = replies.at(-1)!;
    expect(reply.text).toContain('Minuten');
    const link = linkIn(reply.attachments)!;
    expect(link.startsWith(`${service.url}/data-export/`)).toBe(true);

    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="kakehashi-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(download.headers.get('cache-control')).toBe('no-store');
    const data = (await download.json()) as any;
    expect(data).toMatchObject({ channelId: 'directline', userId });
    expect(data.user.profile).toMatchObject({ language: 'de', conversationIds: [conversationId] });
    expect(data.user.plans).toEqual({ move: '2027-04', city: 'Köln' });
    const conversation = data.conversations.find((c: { id: string }) => c.id === conversationId);
    expect(JSON.stringify(conversation.state.conversation.transcript)).toContain('Wie melde ich meinen Wohnsitz in Düsseldorf an?');
    expect(conversation.directLineLog.activities.map((a: { text?: string }) => a.text)).toContain('Wie melde ich meinen Wohnsitz in Düsseldorf an?');
    expect(data.cases).toHaveLength(1);
    expect(data.cases[0]).toMatchObject({ id: opened.id, number: opened.number, description: 'Bitte um Hilfe bei der Gewerbeanmeldung in Köln.' });

    await sleep(TTL_SECONDS * 1000 + 300);
    const expired = await fetch(link);
    expect(expired.status).toBe(410);
    expect(JSON.stringify(await expired.json())).toContain('expired');
  });

  it('answers in the user language on any channel (Japanese via /api/messages), and a forged link is refused', async () => {
    const user = expectRepliesClient(service.url, { locale: 'ja-JP' });
    const replies = await user.send('データをエクスポートしてください');
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toContain('有効期限は1分');
    const link = linkIn(replies.map((r) => r.attachments))!;
    expect(link.startsWith('/data-export/')).toBe(true);
    const download = await fetch(`${service.url}${link}`);
    expect(download.status).toBe(200);
    const data = (await download.json()) as any;
    expect(data.userId).toBe(user.userId);
    expect(data.conversations.map((c: { id: string }) => c.id)).toContain(user.conversationId);

    const [payload, signature] = link.slice('/data-export/'.length).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), userId: 'someone-else' })).toString('base64url');
    expect((await fetch(`${service.url}/data-export/${forgedPayload}.${signature}`)).status).toBe(404);
    expect((await fetch(`${service.url}/data-export/not-a-token`)).status).toBe(404);
  });
});
