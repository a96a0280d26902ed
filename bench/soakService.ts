/**
 * The service side of `npm run bench:soak`: kakehashi built from configuration exactly as `src/index.ts` does, in a
 * process started with `--expose-gc`, answering `stats` requests from the parent over IPC with its memory after a
 * full garbage collection.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { createKakehashi } from '../src/app';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const config = loadConfig();
const kakehashi = await createKakehashi(config);
const server = kakehashi.app.listen(config.port, config.host, () => {
  process.send!({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('message', (message: { type?: string }) => {
  if (message.type !== 'stats') return;
  gc();
  const memory = process.memoryUsage();
  process.send!({ type: 'stats', rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external });
});
process.on('SIGTERM', () => process.exit(0));
