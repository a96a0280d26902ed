/**
 * Renting business premises in NRW (a gap found in a diagnosis set, 2026-12-02): a question about an office lease is
 * answered from the commercial-lease entry in the asker's language, with its rules and their sources, also when the
 * town is written in katakana ("ラーティンゲン"). Through the real endpoint.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('office lease in NRW', () => {
  const service = serviceForTests();

  it.each([
    ['en-US', "We're looking for office space in Cologne, what should we know about the lease?", /commercial lease/, /§ 550 BGB/],
    ['de-DE', 'Büro in Essen mieten – wie lange ist die Kündigungsfrist?', /Gewerbemietvertrag/, /§ 580a Abs\. 2 BGB/],
    ['ja-JP', 'ラーティンゲンで事務所を借りたいけど、保証金に上限はある？', /事業用賃貸借/, /第551条/],
  ])('%s "%s" gets the commercial-lease rules', async (locale, question, subject, rule) => {
    const reply = textOf(await expectRepliesClient(service().url, { locale }).send(question));
    expect(reply).toMatch(subject);
    expect(reply).toMatch(rule);
    expect(reply).not.toMatch(/Tokyo|東京|Tokio/);
  });
});
