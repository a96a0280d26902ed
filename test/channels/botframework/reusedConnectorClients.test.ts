import { describe, expect, it } from 'vitest';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { reusingConnectorClients } from '../../../src/channels/botframework/reusedConnectorClients';

const activity = { type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', text: 'hi', from: { id: 'u' }, recipient: { id: 'bot' }, conversation: { id: 'c' } };

describe('reusingConnectorClients', () => {
  it('builds one connector and token client per service URL and reuses them for later requests', async () => {
    const auth = reusingConnectorClients(new ConfigurationBotFrameworkAuthentication({}));
    const first = await auth.authenticateRequest(activity as never, '');
    const second = await auth.authenticateRequest(activity as never, '');
    const a = await first.connectorFactory!.create('http://127.0.0.1:1', first.audience);
    const b = await second.connectorFactory!.create('http://127.0.0.1:1', second.audience);
    const other = await second.connectorFactory!.create('http://127.0.0.1:2', second.audience);
    expect(b).toBe(a);
    expect(other).not.toBe(a);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(await auth.createUserTokenClient(second.claimsIdentity));
  });

  it('still authenticates each request as the wrapped authentication does', async () => {
    const inner = new ConfigurationBotFrameworkAuthentication({});
    const wrapped = reusingConnectorClients(inner);
    const [mine, theirs] = await Promise.all([wrapped.authenticateRequest(activity as never, ''), inner.authenticateRequest(activity as never, '')]);
    expect(mine.audience).toBe(theirs.audience);
    expect(mine.callerId).toBe(theirs.callerId);
    expect(mine.claimsIdentity.isAuthenticated).toBe(theirs.claimsIdentity.isAuthenticated);
  });
});
