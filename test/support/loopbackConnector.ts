/**
 * A loopback stand-in for the Bot Framework connector service (the `serviceUrl` Teams gives):
 * accepts `POST /v3/conversations/{id}/activities[/{replyToId}]` as the real one does and records what the bot sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  path: string;
  authorization: string | undefined;
  activity: { type: string; text?: string; attachments?: { contentType: string; content: any }[]; [key: string]: unknown };
}

export interface LoopbackConnector {
  url: string;
  calls: ConnectorCall[];
  /** Resolves once at least `count` activities have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

export async function startLoopbackConnector(): Promise<LoopbackConnector> {
  const calls: ConnectorCall[] = [];
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound' } }));
        return;
      }
      calls.push({ path: req.url!, authorization: req.headers.authorization, activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${++sequence}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.length < count) {
        if (Date.now() > deadline) throw new Error(`connector got ${calls.length} of ${count} activities`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return calls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
