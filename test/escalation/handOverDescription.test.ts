/**
 * The description a user gives during the hand-over often reads like a request for help ("We need help finding an
 * office in Cologne for 3 people."): it is the description, not a new hand-over request that starts the dialog again
 * (found by a newcomer trying the service, 2026-11-30). Through the real endpoint.
 */
import { describe, expect, it } from 'vitest';
import { serviceForTests } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';

describe('the hand-over description', () => {
  const service = serviceForTests();

  it.each([
    'We need help finding an office in Cologne for 3 people.',
    'I need an appointment with someone about opening a subsidiary in Cologne by March.',
  ])('"%s" is taken as the description and the case goes on', async (description) => {
    const client = expectRepliesClient(service().url, { locale: 'en-US' });
    expect(textOf(await client.send('talk to a person about our subsidiary in cologne'))).toMatch(/May I share this conversation/);
    expect(textOf(await client.send('Yes, share it'))).toMatch(/describe your request/);
    const afterDescription = textOf(await client.send(description));
    expect(afterDescription).toMatch(/how can the office reach you/);
    expect(afterDescription).not.toMatch(/May I share this conversation/);
    expect(textOf(await client.send('skip'))).toMatch(/Your case number is K-\d{2}-\d{4}/);
  });
});
