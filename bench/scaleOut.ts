/**
 * `npm run bench:scale`: kakehashi throughput with 1, 2 and 4 replicas (separate processes, as `npm start` runs
 * them) on one Redis (a private redis-server on port 7123), turns spread round-robin over the replicas as a load
 * balancer would. On a 2-core machine the replicas share the same two cores: the figures show the cost of the
 * coordination (locks, shared state), not the gain of more machines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from './loadRun';
import { peakRssMb, startServer, stopServer } from './run';
import { localRedis } from '../test/support/localRedis';

const TURNS = Number(process.env.BENCH_TURNS ?? 2000);

async function main(): Promise<void> {
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-scale-'));
  const redis = localRedis(7123, dir);
  await redis.start();
  try {
    console.log('replicas  turns/s   p50 ms   p95 ms   p99 ms  errors  peak RSS MB per replica');
    for (const count of [1, 2, 4]) {
      const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `scale${count}:`, DIRECTLINE_SECRET: 'bench-directline-secret-0123456789abcdef' };
      const replicas = await Promise.all(Array.from({ length: count }, (_, i) => startServer('dist/index.js', 39_850 + i, env)));
      try {
        const result = await runLoad(replicas.map((_, i) => `http://127.0.0.1:${39_850 + i}`), { turns: TURNS, warmup: 300, concurrency: 16, conversations: 200 });
        const rss = replicas.map((child) => peakRssMb(child.pid!).toFixed(0)).join('/');
        const f = (n: number) => n.toFixed(1).padStart(8);
        console.log(`${String(count).padStart(8)} ${f(result.throughput)} ${f(result.p50)} ${f(result.p95)} ${f(result.p99)} ${String(result.errors).padStart(7)}  ${rss}`);
      } finally {
        await Promise.all(replicas.map(stopServer));
      }
    }
  } finally {
    await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
