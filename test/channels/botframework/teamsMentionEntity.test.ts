/**
 * Field fault kind 3: the bot's @mention is removed by its entity: by the entity's `text` when present, otherwise
 * by the `<at>…</at>` markup of the recipient's name (some Teams clients send mention entities without `text`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { expectRepliesClient, textOf } from '../../support/botFrameworkClient';

const BOT = { id: '28:kakehashi-bot-app-id', name: 'kakehashi' };
const MENU_EN = 'What can I help you with?';

describe('Teams mentions of the bot are stripped by entity before the message is read', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.stop());

  const teams = () => expectRepliesClient(service.url, { channelId: 'msteams', locale: 'en-US' });

  it('"<at>kakehashi</at> menu" with a mention entity WITHOUT text is the menu command', async () => {
    const replies = await teams().send('<at>kakehashi</at> menu', {
      recipient: BOT,
      entities: [{ type: 'mention', mentioned: { id: BOT.id, name: 'kakehashi' } }],
    });
    expect(textOf(replies)).toContain(MENU_EN);
  });

  it('uses the recipient name when the entity names nobody, and tolerates spacing inside the markup', async () => {
    const replies = await teams().send('<at> kakehashi </at>  Deutsch bitte', {
      recipient: BOT,
      entities: [{ type: 'mention', mentioned: { id: BOT.id } }],
    });
    expect(textOf(replies)).toContain('ich antworte ab jetzt auf Deutsch');
  });

  it('removes by the entity text when present (display name differs from the bot name)', async () => {
    const replies = await teams().send('<at>Kakehashi Bot</at> help', {
      recipient: BOT,
      entities: [{ type: 'mention', text: '<at>Kakehashi Bot</at>', mentioned: { id: BOT.id, name: 'Kakehashi Bot' } }],
    });
    expect(textOf(replies)).toContain('Just type your question in your own words');
  });

  it("keeps other people's mentions: only the bot's own mention is removed", async () => {
    const replies = await teams().send('<at>kakehashi</at> <at>Anna</at> menu', {
      recipient: BOT,
      entities: [
        { type: 'mention', mentioned: { id: BOT.id, name: 'kakehashi' } },
        { type: 'mention', text: '<at>Anna</at>', mentioned: { id: '29:anna', name: 'Anna' } },
      ],
    });
    // "Anna menu" is not the menu command: whatever the bot makes of it, it is not the menu alone.
    const menu = await teams().send('<at>kakehashi</at> menu', { recipient: BOT, entities: [{ type: 'mention', mentioned: { id: BOT.id, name: 'kakehashi' } }] });
    expect(textOf(replies)).not.toBe(textOf(menu));
  });
});
