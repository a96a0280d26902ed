/**
 * Start-to-healthy time: spawns the production start (`npm start`, i.e. `scripts/start.mjs`: the freshness check and
 * `dist/index.js`) and polls `GET /healthz` every 10 ms until it answers 200; also reports `/readyz` and
 * the time with `node dist/index.js` alone, under the start script's flags and environment (without npm's own
 * start-up and the freshness check).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** package.json's start script ("NAME=value … node --flag … scripts/start.mjs"), split into words. */
const START_SCRIPT = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start as string).split(/\s+/);
/** The node flags of package.json's start script, so the bench runs the service exactly as `npm start` does. */
export const START_FLAGS = START_SCRIPT.filter((part) => part.startsWith('--'));
/** The environment the start script sets before `node` (`MALLOC_ARENA_MAX=2`), for the same reason. */
export const START_ENV: Record<string, string> = Object.fromEntries(
  START_SCRIPT.slice(0, START_SCRIPT.indexOf('node')).map((part) => part.split('=', 2) as [string, string]),
);

/** Milliseconds from spawn until `/healthz` (and then `/readyz`) answered 200. */
export interface StartTimes {
  healthyMs: number;
  readyMs: number;
  /**
   * CPU time (user + system, ms) the start used until `/healthz` answered: every live process of the started
   * process group plus the children they already reaped. Less sensitive to other load than the
   * wall-clock times. `NaN` where `/proc` is missing.
   */
  cpuMs: number;
}

/** Clock ticks per second of `/proc/<pid>/stat` times (`getconf CLK_TCK`, 100 on Linux). */
const CLOCK_TICKS = 100;

/** User + system CPU (ms) of the processes in process group `group`, including their reaped children. */
function groupCpuMs(group: number): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== group) continue; // field 5: pgrp
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]); // utime stime cutime cstime
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

async function poll(url: string, started: number, deadlineMs: number): Promise<number> {
  for (;;) {
    if (performance.now() - started > deadlineMs) throw new Error(`${url} not 200 within ${deadlineMs} ms`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return performance.now() - started;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * @param command - `npm` (runs `npm start`) or `node` (runs `node <start flags> dist/index.js` directly).
 * @param env - Extra environment (e.g. `REDIS_URL`).
 */
export async function measureStart(command: 'npm' | 'node', port: number, env: Record<string, string> = {}): Promise<StartTimes> {
  const args = command === 'npm' ? ['start', '--silent'] : [...START_FLAGS, 'dist/index.js'];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...(command === 'node' ? START_ENV : {}), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const healthyMs = await poll(`http://127.0.0.1:${port}/healthz`, started, 30_000);
    const cpuMs = groupCpuMs(child.pid!);
    const readyMs = await poll(`http://127.0.0.1:${port}/readyz`, started, 30_000);
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}); port ${port} is answered by another process`);
    return { healthyMs, readyMs, cpuMs };
  } finally {
    // npm runs node in a child process: signal the whole group.
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await exited;
  }
}

async function main(): Promise<void> {
  const runs = Number(process.env.START_RUNS ?? 3);
  for (const command of ['npm', 'node'] as const) {
    const times: StartTimes[] = [];
    for (let i = 0; i < runs; i++) times.push(await measureStart(command, 39_700 + i));
    const label = command === 'npm' ? 'npm start' : 'node dist/index.js';
    console.log(`${label.padEnd(20)} healthy ${times.map((t) => t.healthyMs.toFixed(0)).join(' / ')} ms, ready ${times.map((t) => t.readyMs.toFixed(0)).join(' / ')} ms, cpu ${times.map((t) => t.cpuMs.toFixed(0)).join(' / ')} ms`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
