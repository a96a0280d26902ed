/**
 * While the consent question waits, asking for the person once more ("担当者を紹介してもらえますか" after the offer) is
 * asked the consent again naming the office the case goes to, since sharing the conversation needs a yes of its own;
 * after the yes the description step names that office too (found in a diagnosis set, 2026-12-02). Through the real
 * endpoint.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('the consent question and the description name the office', () => {
  const service = serviceForTests();

  it('Japanese: a person request while the consent waits is asked again with NRW Japan K.K. named', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('NRWの担当者と話したい'))).toMatch(/共有してもよろしいですか/);
    expect(textOf(await client.send('担当者を紹介してもらえますか'))).toMatch(/会話をNRW Japan K\.K\.[^？]*と共有してもよろしいですか/);
    expect(textOf(await client.send('はい'))).toMatch(/NRW Japan K\.K\.[^。]*へおつなぎします。ご用件を数文で/);
  });

  it('English: the description step says whom the request goes to', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    await client.send('talk to a person about our subsidiary in cologne');
    expect(textOf(await client.send('Yes, share it'))).toMatch(/connect you with NRW\.Global Business[\s\S]*describe your request/);
  });
});
