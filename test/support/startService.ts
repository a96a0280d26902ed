/**
 * Starts the real service in-process on a random loopback port, as `npm start` would, with test config.
 * @example
 * const service = await startService({ REDIS_URL: 'redis://127.0.0.1:6379' });
 * await fetch(`${service.url}/healthz`);
 * await service.stop();
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type AppConfig } from '../../src/config';
import { createKakehashi, shutdown, type Kakehashi, type KakehashiOverrides } from '../../src/app';

export interface RunningService {
  url: string;
  port: number;
  config: AppConfig;
  kakehashi: Kakehashi;
  server: Server;
  stop(): Promise<void>;
}

/** Environment for tests: loopback only, quiet logs, and with Redis a fresh key prefix per service. */
export async function startService(env: Record<string, string | undefined> = {}, overrides: KakehashiOverrides = {}): Promise<RunningService> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: `kakehashi-test:${randomUUID()}:`,
    ...env,
  });
  const kakehashi = await createKakehashi(config, { logger: pino({ level: env.LOG_LEVEL ?? 'silent' }), ...overrides });
  const server = await new Promise<Server>((resolve) => {
    const listening = kakehashi.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    kakehashi,
    server,
    stop: () => shutdown(server, kakehashi, 2000),
  };
}

/**
 * One service for the enclosing `describe` block (or file): started before its tests (up to 120 s on a busy
 * machine), stopped after them.
 * @returns a getter for the running service
 * @example
 * const service = serviceForTests();
 * it('answers', async () => { await fetch(`${service().url}/healthz`); });
 */
export function serviceForTests(env: Record<string, string | undefined> = {}): () => RunningService {
  let service: RunningService | undefined;
  beforeAll(async () => {
    service = await startService(env);
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
  });
  return () => {
    if (!service) throw new Error('the service has not started');
    return service;
  };
}
