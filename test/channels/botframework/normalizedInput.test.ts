/**
 * Field fault kind 1 on the Bot Framework endpoint: the same normalised text reaches commands, language switches
 * and the region prompt whatever width, invisible characters or emoji the client sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { expectRepliesClient, textOf } from '../../support/botFrameworkClient';

describe('normalised input on /api/messages', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.stop());

  it.each([
    ['ｍｅｎｕ', 'What can I help you with?'],
    ['\uFEFFmenu\u200B', 'What can I help you with?'],
    ['ＨＥＬＰ', 'Just type your question in your own words'],
    ['Deutsch bitte 🙂', 'ich antworte ab jetzt auf Deutsch'],
    ['ＤＥＵＴＳＣＨ　ｂｉｔｔｅ', 'ich antworte ab jetzt auf Deutsch'],
    ['ﾒﾆｭｰ', 'どのようなことでお困りですか'],
  ])('%j is understood', async (text, expected) => {
    const replies = await expectRepliesClient(service.url, { locale: 'en-US' }).send(text);
    expect(textOf(replies)).toContain(expected);
  });
});
