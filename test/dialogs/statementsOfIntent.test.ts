/**
 * A message that only says what the asker is doing or planning ("thinking about a SAS in Paris", "世田谷区に引っ越しました")
 * is a question about that subject: it is answered from it, never declined as chit-chat, and a follow-up keeps it
 * (found in a diagnosis set, 2026-12-02). Through the real endpoint.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('statements of intent', () => {
  const service = serviceForTests();

  it('"thinking about a SAS in Paris" gets the French legal forms, and "and the minimum capital?" stays in Paris', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    const first = textOf(await client.send('thinking about a SAS in Paris'));
    expect(first).toMatch(/SAS/);
    expect(first).not.toMatch(/I can't help with that/);
    const next = textOf(await client.send('and the minimum capital?'));
    expect(next).toMatch(/minimum capital/i);
    expect(next).not.toMatch(/Is your question about/);
  });

  it('"what do you think about politics" is still out of scope', async () => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('what do you think about politics'))).toMatch(/I can't help with that/);
  });

  it('a request to translate or write a text is out of scope; a question on waste sorting is not', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    expect(textOf(await client.send('この英文を和訳して: I like cats'))).toMatch(/お答えできません/);
    expect(textOf(await client.send('このメールを英訳してくれる？'))).toMatch(/お答えできません/);
    expect(textOf(await client.send('ゴミの分別ルール教えてください'))).not.toMatch(/お答えできません/);
    const english = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await english.send('how do I write a good email?'))).toMatch(/I can't help with that/);
  });

  it('a sentence that only says where the asker lives chooses the region and is not searched; "mich anmelden" is the Anmeldung', async () => {
    const client = expectRepliesClient(service().url, { locale: 'de-DE' });
    const reply = textOf(await client.send('wo und bis wann muss ich mich in tokio anmelden? wir wohnen jetzt in nakano'));
    expect(reply).toMatch(/Wohnsitzanmeldung in Tokio/);
    expect(reply).not.toMatch(/Grundschule|Hund/);
    // A place before an abbreviation's full stop says nothing of living there: it stays in the question.
    const english = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await english.send('when was NRW Japan K.K. founded?'))).toMatch(/NRW Japan K\.K\. – NRW's office in Tokyo/);
  });

  it('"世田谷区に引っ越しました" gets the moving-in notification (not the ward\'s waste rules), and its follow-up the 14 days', async () => {
    const client = expectRepliesClient(service().url, { locale: 'ja-JP' });
    const first = textOf(await client.send('世田谷区に引っ越しました'));
    expect(first).toMatch(/転入届/);
    expect(first).not.toMatch(/ごみ/);
    expect(textOf(await client.send('何日以内に届け出ればいい？'))).toMatch(/14日以内/);
  });
});
