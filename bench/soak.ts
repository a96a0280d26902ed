/**
 * `npm run bench:soak`: about 15 minutes (`SOAK_MINUTES`) of mixed traffic against one kakehashi process on Redis
 * (a private redis-server on port 7121) with LINE on a loopback LINE API:
 * Q&A on /api/messages, escalation requests, signed LINE webhook events, and Direct Line conversations that post
 * and poll. Every minute it prints the service's RSS and its heap after a full GC; at the end it compares the last
 * heap with the one after the first (warm-up) minute: flat means within 10 %. The service runs with the node flags of
 * `npm start` (heap limits included) from the TypeScript sources.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localRedis } from '../test/support/localRedis';
import { START_ENV, START_FLAGS } from './run';
import { startLoopbackLineApi } from '../test/channels/line/support/loopbackLineApi';
import { lineEnv, lineEvent, newUserId, postWebhook } from '../test/channels/line/support/lineWebhook';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MINUTES = Number(process.env.SOAK_MINUTES ?? 15);
const CONCURRENCY = 4;
const PORT = 39_890;
const QUESTIONS = [
  'How do I register my address in Shibuya?', 'Wie gründe ich eine GmbH in Düsseldorf?', 'Wo finde ich einen Kita-Platz in Köln?',
  'デュッセルドルフで住民登録はどうすればいいですか', '東京で会社を設立する手順を教えてください', 'menu', 'Welche Krankenversicherung brauche ich in NRW?',
];
const ESCALATION = ['I want to talk to a person', 'yes', 'Ich möchte mit einem Mitarbeiter sprechen', '1'];

interface Stats { rss: number; heapUsed: number }
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-soak-'));
  const redis = localRedis(7121, dir);
  await redis.start();
  const lineApi = await startLoopbackLineApi();
  const child = fork(path.join(root, 'bench/soakService.ts'), [], {
    cwd: root,
    // The heap limits of `npm start`, so the soak shows whether they hold for a long run.
    execArgv: [...START_FLAGS, '--expose-gc', '--import', 'tsx'],
    env: {
      ...process.env, ...START_ENV, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', REDIS_URL: redis.url,
      DIRECTLINE_SECRET: 'soak-directline-secret-0123456789abcdef', ...lineEnv(lineApi.url),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve) => child.on('message', (m: { type?: string }) => m.type === 'listening' && resolve()));
  const stats = () =>
    new Promise<Stats>((resolve) => {
      const listener = (m: Stats & { type?: string }) => {
        if (m.type !== 'stats') return;
        child.off('message', listener);
        resolve(m);
      };
      child.on('message', listener);
      child.send({ type: 'stats' });
    });

  const base = `http://127.0.0.1:${PORT}`;
  const counts = { qa: 0, escalation: 0, line: 0, directLine: 0, errors: 0 };
  const bfTurn = (conversation: string, text: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: randomUUID(), channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
        text, locale: 'en-US', from: { id: `u-${conversation}` }, recipient: { id: 'bot' }, conversation: { id: conversation },
      }),
    }).then(async (r) => { await r.text(); if (r.status !== 200) counts.errors++; });
  const lineUsers = Array.from({ length: 50 }, newUserId);
  const dl = `${base}/v3/directline`;

  async function directLineSession(i: number): Promise<void> {
    const generated = await fetch(`${dl}/tokens/generate`, { method: 'POST' });
    const { token, conversationId } = (await generated.json()) as { token: string; conversationId: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    await fetch(`${dl}/conversations`, { method: 'POST', headers, body: '{}' }).then((r) => r.text());
    let watermark: string | undefined;
    for (let k = 0; k < 3; k++) {
      await fetch(`${dl}/conversations/${conversationId}/activities`, {
        method: 'POST', headers,
        body: JSON.stringify({ type: 'message', text: QUESTIONS[(i + k) % QUESTIONS.length], from: { id: 'web' }, channelData: { clientActivityID: randomUUID() } }),
      }).then((r) => r.text());
      const polled = await fetch(`${dl}/conversations/${conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`, { headers });
      watermark = ((await polled.json()) as { watermark?: string }).watermark;
    }
  }

  const deadline = Date.now() + MINUTES * 60_000;
  let n = 0;
  async function worker(): Promise<void> {
    while (Date.now() < deadline) {
      const i = n++;
      try {
        const kind = i % 10;
        if (kind < 5) {
          await bfTurn(`soak-${i % 400}`, QUESTIONS[i % QUESTIONS.length]!);
          counts.qa++;
        } else if (kind === 5) {
          const conversation = `soak-esc-${i}`;
          for (const text of ESCALATION.slice((i / 10) % 2 ? 2 : 0).slice(0, 2)) await bfTurn(conversation, text);
          counts.escalation++;
        } else if (kind < 8) {
          const response = await postWebhook(base, [lineEvent('text', { userId: lineUsers[i % lineUsers.length]!, text: QUESTIONS[i % QUESTIONS.length]! })]);
          if (response.status !== 200) counts.errors++;
          counts.line++;
        } else {
          await directLineSession(i);
          counts.directLine++;
        }
      } catch {
        counts.errors++;
      }
      // The loopback records every call; keep only the recent ones so the driver does not grow.
      if (lineApi.calls.length > 1000) lineApi.calls.splice(0, lineApi.calls.length - 100);
    }
  }

  console.log(`soak: ${MINUTES} min, concurrency ${CONCURRENCY}; minute, RSS MB, heap after GC MB, turns so far`);
  const samples: Stats[] = [];
  const workers = Array.from({ length: CONCURRENCY }, worker);
  const reporter = (async () => {
    for (let minute = 1; minute <= MINUTES; minute++) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(60_000, deadline - Date.now() + (minute === MINUTES ? -2000 : 0)))));
      const s = await stats();
      samples.push(s);
      console.log(`${String(minute).padStart(3)}  rss ${mb(s.rss).padStart(6)}  heap ${mb(s.heapUsed).padStart(6)}  ${JSON.stringify(counts)}`);
    }
  })();
  await Promise.all([...workers, reporter]);
  const final = await stats();
  const warm = samples[0]!;
  const change = (final.heapUsed - warm.heapUsed) / warm.heapUsed;
  console.log(`\nheap after GC: ${mb(warm.heapUsed)} MB after warm-up → ${mb(final.heapUsed)} MB at the end (${(change * 100).toFixed(1)} %, flat = within ±10 %): ${Math.abs(change) <= 0.1 ? 'FLAT' : 'NOT FLAT'}`);
  console.log(`peak RSS sample ${mb(Math.max(...samples.map((s) => s.rss)))} MB; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  child.kill('SIGTERM');
  await lineApi.close();
  await redis.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
