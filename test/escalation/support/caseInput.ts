/** A plausible new case for tests that do not need the dialog in front. */
import { randomUUID } from 'node:crypto';
import type { NewCase } from '../../../src/escalation/caseService';

export function newCase(overrides: Partial<NewCase> = {}): NewCase {
  const userId = overrides.userId ?? `29:${randomUUID()}`;
  return {
    officeId: 'nrw-global-business',
    routingRule: 'nrw-other',
    reason: 'human',
    topic: 'company',
    regionId: 'nrw',
    userLanguage: 'en',
    channelId: 'msteams',
    userId,
    reference: {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: `a:${randomUUID()}` },
      user: { id: userId },
      bot: { id: '28:kakehashi-bot' },
    },
    description: 'We plan a subsidiary in Düsseldorf and need help with registration.',
    contact: undefined,
    transcript: [],
    ...overrides,
  };
}
