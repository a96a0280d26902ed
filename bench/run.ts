/**
 * `npm run bench`, in one run:
 * - start-to-healthy time of the production start (`npm start` and `node dist/index.js`);
 * - knowledge search: snapshot load, index build and query times;
 * - message turns through /api/messages (expectReplies, concurrency 16, ja/de/en across many conversations) against a
 *   minimal echo bot on the same stack (measured before and after, averaged) and kakehashi with the memory store and
 *   with Redis: throughput, p50/p95/p99, peak RSS, and the ratios to the echo bot;
 * - Redis commands per Q&A turn, per Direct Line post and poll, and state bytes per conversation.
 *
 * kakehashi runs exactly as `npm start` runs it (the node flags of the start script, `dist/index.js`, built first).
 * Redis is a private redis-server on port 7120 started for the bench, so its command counts are this service's alone.
 * Env: BENCH_TURNS (default 2000), START_RUNS (default 3).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type RedisClientType } from 'redis';
import { runLoad, type LoadResult } from './loadRun';
import { measureStart, START_ENV, START_FLAGS } from './startTime';
import { runKnowledgeBench } from './knowledgeBench';
import { formatCounts, measureRedisOps } from './redisOps';
import { localRedis } from '../test/support/localRedis';
import { loadIndexSnapshot, INDEX_SNAPSHOT_FILE } from '../src/knowledge/indexSnapshot';
import { loadPartnerships } from '../src/partnerships/partnerships';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
const START_RUNS = Number(process.env.START_RUNS ?? 3);
const BENCH_REDIS_PORT = 7120;
export { START_ENV, START_FLAGS } from './startTime';
const OPTIONS = { turns: TURNS, warmup: 300, concurrency: 16, conversations: 200 };
/** Background jobs (notification retries) slowed down so they do not count as per-turn Redis commands. */
const QUIET_ENV = { NOTIFY_INTERVAL_MS: '3600000' };

/** Spawns a server (`dist/index.js` or a TypeScript file through tsx) and resolves once it answers HTTP; `extraFlags` go to node after the start script's. */
export async function startServer(script: string, port: number, env: Record<string, string>, extraFlags: string[] = []): Promise<ChildProcess> {
  const flags = [...START_FLAGS, ...extraFlags];
  const args = script.endsWith('.ts') ? [...flags, '--import', 'tsx', script] : [...flags, script];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...START_ENV, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...QUIET_ENV, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    try {
      await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'GET' });
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

type Row = LoadResult & { label: string; rssMb: number };

async function measure(label: string, script: string, port: number, env: Record<string, string> = {}): Promise<Row> {
  const child = await startServer(script, port, env);
  try {
    const result = await runLoad(`http://127.0.0.1:${port}`, OPTIONS);
    return { label, ...result, rssMb: peakRssMb(child.pid!) };
  } finally {
    await stopServer(child);
  }
}

const f = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at start`);
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  // 1. Start-to-healthy.
  console.log('\n== start to healthy (GET /healthz 200; /readyz 200) ==');
  for (const command of ['npm', 'node'] as const) {
    const times = [];
    for (let i = 0; i < START_RUNS; i++) times.push(await measureStart(command, 39_700 + i));
    const label = command === 'npm' ? 'npm start' : 'node dist/index.js';
    const healthy = times.map((t) => t.healthyMs).sort((a, b) => a - b);
    console.log(`${label.padEnd(20)} healthy ${times.map((t) => t.healthyMs.toFixed(0)).join(' / ')} ms (median ${healthy[Math.floor(healthy.length / 2)]!.toFixed(0)}; target ≤ 1500), ready ${times.map((t) => t.readyMs.toFixed(0)).join(' / ')} ms, cpu ${times.map((t) => t.cpuMs.toFixed(0)).join(' / ')} ms`);
  }

  // 2. Search.
  console.log('\n== knowledge search ==');
  const regions = loadPartnerships(path.join(root, 'knowledge/partnerships.json')).regions.map((r) => r.id);
  let t = performance.now();
  const snapshot = loadIndexSnapshot(path.join(root, 'dist', INDEX_SNAPSHOT_FILE), { knowledgeDir: path.join(root, 'knowledge'), knownRegions: regions });
  const snapshotMs = performance.now() - t;
  const search = runKnowledgeBench({ root, queries: 2000, quiet: true });
  console.log(`snapshot load ${snapshot ? snapshotMs.toFixed(0) : 'MISSING'} ms (at start) vs parse ${search.loadMs.toFixed(0)} ms + build ${search.buildMs.toFixed(0)} ms (without it)`);
  console.log(`${search.queries} queries: p50 ${search.queryMs.p50.toFixed(2)} ms, p95 ${search.queryMs.p95.toFixed(2)} ms, p99 ${search.queryMs.p99.toFixed(2)} ms`);

  // 3. Throughput.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
  const redisServer = localRedis(BENCH_REDIS_PORT, dir);
  await redisServer.start();
  const redisEnv = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: 'bench:' };
  try {
    const echo1 = await measure('echo bot (1st)', 'bench/echoBot.ts', 39_791);
    const memory = await measure('kakehashi, memory store', 'dist/index.js', 39_792, { REDIS_URL: '' });
    const redis = await measure('kakehashi, Redis store', 'dist/index.js', 39_793, redisEnv);
    const echo2 = await measure('echo bot (2nd)', 'bench/echoBot.ts', 39_794);
    const echo: Row = {
      ...echo1,
      label: 'echo bot (mean of both)',
      throughput: (echo1.throughput + echo2.throughput) / 2,
      p50: (echo1.p50 + echo2.p50) / 2,
      p95: (echo1.p95 + echo2.p95) / 2,
      p99: (echo1.p99 + echo2.p99) / 2,
      rssMb: Math.max(echo1.rssMb, echo2.rssMb),
      errors: echo1.errors + echo2.errors,
    };
    console.log(`\n== turns: ${OPTIONS.turns} measured after ${OPTIONS.warmup} warm-up, concurrency ${OPTIONS.concurrency}, ${OPTIONS.conversations} conversations, ja/de/en mix; ${Object.entries(START_ENV).map(([k, v]) => `${k}=${v} `).join('')}node ${START_FLAGS.join(' ')} ==`);
    console.log('server                          turns/s   p50 ms   p95 ms   p99 ms  peak RSS MB  errors');
    for (const row of [echo1, echo2, echo, memory, redis]) {
      console.log(`${row.label.padEnd(30)} ${f(row.throughput)} ${f(row.p50)} ${f(row.p95)} ${f(row.p99)} ${f(row.rssMb, 0)}     ${row.errors}`);
    }
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`\nthroughput vs echo: memory ${ratio(memory.throughput, echo.throughput)}× (target ≥ 0.5), Redis ${ratio(redis.throughput, echo.throughput)}× (target ≥ 0.4)`);
    console.log(`p99 vs echo: memory ${ratio(memory.p99, echo.p99)}×, Redis ${ratio(redis.p99, echo.p99)}× (target ≤ 2)`);
    console.log(`peak RSS: memory ${memory.rssMb.toFixed(0)} MB, Redis ${redis.rssMb.toFixed(0)} MB (target ≤ 200 MB)`);

    // 4. Redis commands per unit of work.
    const client: RedisClientType = createClient({ url: redisServer.url });
    await client.connect();
    const service = await startServer('dist/index.js', 39_795, { ...redisEnv, REDIS_KEY_PREFIX: 'bench-ops:', DIRECTLINE_SECRET: 'bench-directline-secret-0123456789abcdef' });
    try {
      const ops = await measureRedisOps('http://127.0.0.1:39795', client, 'bench-ops:');
      console.log('\n== Redis commands (INFO commandstats on the bench Redis) ==');
      console.log(`per Q&A turn (/api/messages):  ${formatCounts(ops.qaTurn)}`);
      console.log(`per Direct Line post:          ${formatCounts(ops.directLinePost)}`);
      console.log(`per Direct Line poll (GET):    ${formatCounts(ops.directLinePoll)}`);
      console.log(`state stored per conversation: ${ops.stateBytes} bytes`);
    } finally {
      await stopServer(service);
      await client.close();
    }
  } finally {
    await redisServer.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nload average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
