/**
 * `npm run bench`: message turns through /api/messages (expectReplies, concurrency 16, ≥1,000 measured turns,
 * ja/de/en across many conversations) against kakehashi (memory store, then Redis) and a minimal echo bot on the
 * same stack. Prints throughput, p50/p95/p99 latency and peak RSS of each server process, and the ratios.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadResult } from './loadRun';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
/** Read from package.json's start script so the bench runs the service exactly as `npm start` does. */
const NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start as string)
  .split(' ')
  .filter((part) => part.startsWith('--max'));
const OPTIONS = { turns: TURNS, warmup: 300, concurrency: 16, conversations: 200 };

async function startServer(script: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  // The same V8 flags as `npm start`, for both servers.
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 30_000);
    child.stdout!.on('data', () => undefined);
    const probe = setInterval(async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'GET' });
        clearInterval(probe);
        clearTimeout(timer);
        resolve();
      } catch {
        /* not up yet */
      }
    }, 200);
  });
  return child;
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function measure(label: string, script: string, port: number, env: Record<string, string> = {}): Promise<LoadResult & { label: string; rssMb: number }> {
  const child = await startServer(script, port, env);
  try {
    const result = await runLoad(`http://127.0.0.1:${port}`, OPTIONS);
    return { label, ...result, rssMb: peakRssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const format = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  const prefix = `kakehashi-bench:${Date.now()}:`;
  const echo = await measure('echo bot (express + CloudAdapter)', 'bench/echoBot.ts', 39_791);
  const memory = await measure('kakehashi, memory store', 'src/index.ts', 39_792, { REDIS_URL: '' });
  const redis = await measure('kakehashi, Redis store', 'src/index.ts', 39_793, { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix });

  console.log(`\n${OPTIONS.turns} measured turns after ${OPTIONS.warmup} warm-up, concurrency ${OPTIONS.concurrency}, ${OPTIONS.conversations} conversations, ja/de/en mix\n`);
  console.log('server                                   turns/s   p50 ms   p95 ms   p99 ms  peak RSS MB  errors');
  for (const row of [echo, memory, redis]) {
    console.log(`${row.label.padEnd(38)} ${format(row.throughput)} ${format(row.p50)} ${format(row.p95)} ${format(row.p99)} ${format(row.rssMb, 0)}     ${row.errors}`);
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`\nthroughput vs echo: memory ${ratio(memory.throughput, echo.throughput)}× (target ≥ 0.5), Redis ${ratio(redis.throughput, echo.throughput)}× (target ≥ 0.35)`);
  console.log(`p99 vs echo: memory ${ratio(memory.p99, echo.p99)}×, Redis ${ratio(redis.p99, echo.p99)}× (target ≤ 2.5)`);
  console.log(`peak RSS: memory ${memory.rssMb.toFixed(0)} MB, Redis ${redis.rssMb.toFixed(0)} MB (target < 250 MB)`);

  const { createClient } = await import('redis');
  const client = createClient({ url: 'redis://127.0.0.1:6379' });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
