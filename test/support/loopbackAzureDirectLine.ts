/**
 * Azure Bot Service's Direct Line token endpoint on loopback: `POST /v3/directline/tokens/generate` with
 * `Authorization: Bearer <secret>` answers `{ conversationId, token, expires_in }`, a wrong secret 403 with Azure's
 * error shape. The conversation itself can live in another kakehashi service (`issueFrom`): the loopback then takes
 * its token from that service's own `tokens/generate`, so a page pointed at that service's `/v3/directline` talks
 * to a real Direct Line with the token this "Azure" issued.
 *
 * `mode` makes it fail as Azure can: `throttle` (429 + Retry-After), `error` (500), `garbage` (200 without a token).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface LoopbackAzureDirectLine {
  /** `http://127.0.0.1:<port>`: the value of `DIRECTLINE_AZURE_BASE_URL`. */
  url: string;
  /** Each call: its Authorization header and JSON body. */
  calls: { authorization: string | undefined; body: unknown }[];
  mode: 'ok' | 'throttle' | 'error' | 'garbage';
  close(): Promise<void>;
}

/**
 * @example
 * const azure = await startLoopbackAzureDirectLine({ secret: 'azure-secret-0123456789' });
 * const service = await startService({ DIRECTLINE_AZURE_SECRET: 'azure-secret-0123456789', DIRECTLINE_AZURE_BASE_URL: azure.url });
 */
export async function startLoopbackAzureDirectLine(options: { secret: string; issueFrom?: string }): Promise<LoopbackAzureDirectLine> {
  const state: LoopbackAzureDirectLine = { url: '', calls: [], mode: 'ok', close: async () => undefined };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') return send(404, { error: { code: 'NotFound' } });
    state.calls.push({ authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== `Bearer ${options.secret}`) {
      return send(403, { error: { code: 'BadArgument', message: `Invalid secret ${req.headers.authorization ?? ''}` } });
    }
    if (state.mode === 'throttle') return send(429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': '7' });
    if (state.mode === 'error') return send(500, { error: { code: 'ServiceError', message: 'internal trace at Azure.Foo()' } });
    if (state.mode === 'garbage') return send(200, { hello: 'world' });
    if (options.issueFrom) {
      const issued = await fetch(`${options.issueFrom}/v3/directline/tokens/generate`, { method: 'POST' });
      return send(200, await issued.json());
    }
    return send(200, { conversationId: randomUUID().replace(/-/g, ''), token: `azure-token-${randomUUID()}`, expires_in: 3600 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
