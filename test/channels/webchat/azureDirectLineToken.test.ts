/**
 * `POST /api/webchat/token` against a loopback server speaking Azure's Direct Line token protocol: the page gets a
 * conversation token, Azure gets the secret, the browser never does; Azure's failures become clear answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackAzureDirectLine, type LoopbackAzureDirectLine } from '../../support/loopbackAzureDirectLine';

const AZURE_SECRET = 'azure-directline-secret-XYZ.0123456789';

describe('Azure Direct Line token endpoint', { timeout: 30_000 }, () => {
  let azure: LoopbackAzureDirectLine;
  let service: RunningService;

  beforeAll(async () => {
    azure = await startLoopbackAzureDirectLine({ secret: AZURE_SECRET });
    service = await startService({
      DIRECTLINE_AZURE_SECRET: AZURE_SECRET,
      DIRECTLINE_AZURE_BASE_URL: azure.url,
      WEBCHAT_DIRECTLINE_DOMAIN: `${azure.url}/v3/directline`,
    });
  });
  afterAll(async () => {
    await service.stop();
    await azure.close();
    azure.mode = 'ok';
  });

  const token = () => fetch(`${service.url}/api/webchat/token`, { method: 'POST' });

  it("answers the page with Azure's conversation token, having sent Azure the secret and a dl_ user id", async () => {
    azure.mode = 'ok';
    const response = await token();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({ conversationId: expect.any(String), token: expect.stringMatching(/^azure-token-/), expires_in: 3600 });
    const call = azure.calls.at(-1)!;
    expect(call.authorization).toBe(`Bearer ${AZURE_SECRET}`);
    expect(call.body).toEqual({ user: { id: expect.stringMatching(/^dl_[A-Za-z0-9_-]+$/) } });
  });

  it('the page fetches its token there, and neither the page nor any answer carries the secret', async () => {
    const page = await (await fetch(`${service.url}/`)).text();
    expect(page).toContain('"tokenUrl":"/api/webchat/token"');
    expect(page).toContain(`"directLineDomain":"${azure.url}/v3/directline"`);
    expect(page).not.toContain(AZURE_SECRET);
    const script = await (await fetch(`${service.url}/webchat/page.js`)).text();
    expect(script).not.toContain(AZURE_SECRET);
  });

  it.each([
    ['throttle', 429, 'busy'],
    ['error', 502, 'failed'],
    ['garbage', 502, 'unexpectedly'],
  ] as const)('Azure %s → %i with a reason, nothing of Azure\'s body', async (mode, status, reason) => {
    azure.mode = mode;
    try {
      const response = await token();
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text).toContain(reason);
      expect(text).not.toMatch(/Azure\.Foo|TooManyRequests|hello/);
      if (status === 429) expect(response.headers.get('retry-after')).toBe('7');
    } finally {
      azure.mode = 'ok';
    }
  });

  it('a wrong secret at Azure is a 502 that leaks neither secret nor Azure\'s message', async () => {
    const wrong = await startService({ DIRECTLINE_AZURE_SECRET: 'not-the-right-secret-000', DIRECTLINE_AZURE_BASE_URL: azure.url });
    try {
      const response = await fetch(`${wrong.url}/api/webchat/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).toContain('refused this server');
      expect(text).not.toMatch(/not-the-right-secret|Invalid secret/);
    } finally {
      await wrong.stop();
    }
  });

  it('Azure unreachable → 502', async () => {
    const closed = await startLoopbackAzureDirectLine({ secret: AZURE_SECRET });
    await closed.close();
    const unreachable = await startService({ DIRECTLINE_AZURE_SECRET: AZURE_SECRET, DIRECTLINE_AZURE_BASE_URL: closed.url });
    try {
      const response = await fetch(`${unreachable.url}/api/webchat/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.text()).toContain('did not answer');
    } finally {
      await unreachable.stop();
    }
  });

  it('is off (404) without DIRECTLINE_AZURE_SECRET, and the page then uses this service\'s Direct Line', async () => {
    const plain = await startService();
    try {
      expect((await fetch(`${plain.url}/api/webchat/token`, { method: 'POST' })).status).toBe(404);
      expect(await (await fetch(`${plain.url}/`)).text()).toContain('"tokenUrl":"/v3/directline/tokens/generate"');
    } finally {
      await plain.stop();
    }
  });
});
