/**
 * Issue 8: people put a question and its context in one message ("…? my husband plays violin in an orchestra from
 * sapporo"). Context words no entry uses must not make the question look vague: it is answered as confidently as the
 * question alone, through the bot, in the asker's language. A message that is all off-topic stays declined.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/knowledge/analysis/clauses';
import { startService, type RunningService } from '../support/startService';
import { expectRepliesClient } from '../support/botFrameworkClient';

describe('a question with context in the same message', () => {
  it('splits a chat message into its clauses', () => {
    expect(clausesOf("how much capital for a gmbh? we're a small team from osaka")).toEqual(['how much capital for a gmbh', "we're a small team from osaka"]);
    expect(clausesOf('Kölnで見本市に出たい。どんなメッセがある？')).toEqual(['Kölnで見本市に出たい', 'どんなメッセがある']);
    expect(clausesOf('Kosten GmbH – wir sind aus Osaka')).toEqual(['Kosten GmbH', 'wir sind aus Osaka']);
    expect(clausesOf('U.S. citizens need 3.5 weeks')).toEqual(['U.S. citizens need 3.5 weeks']);
  });

  let service: RunningService;
  beforeAll(async () => {
    service = await startService({});
  });
  afterAll(async () => {
    await service.stop();
  });

  it.each([
    ['en-US', 'how much is the rent deposit for a flat in düsseldorf? my husband plays violin in an orchestra from sapporo', /deposit/i],
    ['de-DE', 'Wie hoch ist die Kaution für eine Mietwohnung in Köln? Mein Mann spielt Geige in einem Orchester aus Sapporo.', /Kaution/],
  ])('%s: "%s" is answered, not met with "not sure"', async (locale, question, expected) => {
    const client = expectRepliesClient(service.url, { locale });
    const text = (await client.send(question)).map((reply) => reply.text ?? '').join('\n');
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/not sure I understood|nicht sicher, ob ich Sie richtig verstanden/);
    expect(text).toMatch(/Sources|Quellen/);
  });

  it('a message whose every clause is off-topic is still not answered with an entry', async () => {
    const client = expectRepliesClient(service.url, { locale: 'en-US' });
    const text = (await client.send('can you recommend a violin teacher? my husband plays in an orchestra from sapporo')).map((reply) => reply.text ?? '').join('\n');
    expect(text).not.toMatch(/Sources \(checked/);
  });
});
