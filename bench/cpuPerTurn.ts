/**
 * CPU time per turn of the service under the bench load (independent of how busy the shared machine is):
 * user+system CPU of the server process (from /proc/<pid>/stat) across N measured turns after a warm-up, for the echo
 * bot and kakehashi (memory store and Redis). `CPU_PROF=dir` also writes a V8 CPU profile of each server to dir;
 * `ALLOC_PROF=dir` also estimates the bytes allocated per measured turn (V8's sampling heap profiler, freed objects
 * included; `bench/allocProbe.mjs`) and writes that allocation profile and a CPU profile of the measured turns only to
 * dir (profiling costs CPU: take the CPU figure from a run without it);
 * `NODE_FLAGS` adds node flags to the servers; `SERVICE` is kakehashi's entry (default dist/index.js).
 * Usage: `npx tsx bench/cpuPerTurn.ts [echo|memory|redis ...]`; env BENCH_TURNS (default 2000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from './loadRun';
import { startServer, stopServer, peakRssMb } from './run';
import { localRedis } from '../test/support/localRedis';

const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
const TICK_MS = 1000 / 100; // USER_HZ
/** The service's entry (A/B runs: a copy of dist/ elsewhere). */
const SERVICE = process.env.SERVICE ?? 'dist/index.js';

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Sends SIGUSR2 to the allocation probe and waits for the file it writes in answer; resolves to its content. */
async function allocSignal(pid: number, file: string): Promise<string> {
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (fs.existsSync(file)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return fs.readFileSync(file, 'utf8');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`allocation probe did not write ${file}`);
}

async function one(label: string, script: string, port: number, env: Record<string, string>): Promise<void> {
  const prof = process.env.CPU_PROF;
  const alloc = process.env.ALLOC_PROF;
  const extra = (process.env.NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const probe = alloc ? ['--import', path.resolve('bench/allocProbe.mjs')] : [];
  const child = await startServer(script, port, { ...env, ...(alloc ? { ALLOC_PROF: path.resolve(alloc), ALLOC_LABEL: label } : {}) }, [...extra, ...probe, ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, `--cpu-prof-name=${label}.cpuprofile`] : [])]);
  try {
    const url = `http://127.0.0.1:${port}`;
    await runLoad(url, { turns: 300, warmup: 0, concurrency: 16, conversations: 200 });
    if (alloc) await allocSignal(child.pid!, path.join(alloc, `${label}.started`));
    const before = cpuMs(child.pid!);
    const result = await runLoad(url, { turns: TURNS, warmup: 0, concurrency: 16, conversations: 200 });
    const used = cpuMs(child.pid!) - before;
    const bytes = alloc ? Number(await allocSignal(child.pid!, path.join(alloc, `${label}.bytes`))) / result.turns : undefined;
    console.log(`${label.padEnd(8)} CPU ${(used / result.turns).toFixed(2)} ms/turn  ${result.throughput.toFixed(0)} turns/s  p50 ${result.p50.toFixed(1)} p99 ${result.p99.toFixed(1)} ms  peak RSS ${peakRssMb(child.pid!).toFixed(0)} MB  errors ${result.errors}${bytes === undefined ? '' : `  allocated ${(bytes / 1024).toFixed(0)} KB/turn`}`);
  } finally {
    await stopServer(child);
  }
}

async function main(): Promise<void> {
  const which = process.argv.slice(2).length ? process.argv.slice(2) : ['echo', 'memory', 'redis'];
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-cpu-'));
  const redis = localRedis(7121, dir);
  if (which.includes('redis')) await redis.start();
  try {
    for (const name of which) {
      if (name === 'echo') await one('echo', 'bench/echoBot.ts', 39_881, {});
      if (name === 'memory') await one('memory', SERVICE, 39_882, { REDIS_URL: '' });
      if (name === 'redis') await one('redis', SERVICE, 39_883, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'cpu:' });
    }
  } finally {
    if (which.includes('redis')) await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
