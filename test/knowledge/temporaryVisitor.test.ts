/**
 * A German visiting Japan without a visa (a gap found in a diagnosis set, 2026-12-02): 90 days as a temporary
 * visitor, extendable by a further 90 days, no paid work. Answered in the asker's language with its sources, through
 * the real endpoint.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('temporary visitors from Germany', () => {
  const service = serviceForTests();

  it.each([
    ['en-US', "im german and came in as a temporary visitor (90 days), staying in koto-ku. can i extend?", /further 90 days/, /Consulate-General of Japan in Hamburg/],
    ['de-DE', 'Geschäftsreise nach Tokio: wie lange darf ich ohne Visum bleiben?', /weitere 90 Tage/, /Generalkonsulat Hamburg/],
    ['ja-JP', '短期滞在90日で東京に来ています。延長はできますか？', /さらに90日/, /在ハンブルク日本国総領事館/],
  ])('%s "%s" gets the visa-free stay and its extension', async (locale, question, extension, source) => {
    const reply = textOf(await expectRepliesClient(service().url, { locale }).send(question));
    expect(reply).toMatch(extension);
    expect(reply).toMatch(source);
  });
});
