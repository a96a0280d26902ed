import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startService } from '../support/startService';
import { expectRepliesClient, textOf } from '../support/botFrameworkClient';
import type { Answerer } from '../../src/conversation/answering';

const root = path.resolve(import.meta.dirname, '../..');

describe('operations', () => {
  it('healthz is up; readyz is ready with a reachable Redis', async () => {
    const service = await startService({ REDIS_URL: 'redis://127.0.0.1:6379' });
    try {
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
    } finally {
      await service.stop();
    }
  });

  it('readyz answers 503 when the store is unreachable', async () => {
    const service = await startService({ REDIS_URL: 'redis://127.0.0.1:6379' });
    try {
      // Closing the client is what an unreachable server looks like to the readiness check.
      await service.kakehashi.close();
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready' });
    } finally {
      await new Promise<void>((resolve) => service.server.close(() => resolve()));
    }
  });

  it('finishes an in-flight turn before shutting down', async () => {
    const slow: Answerer = {
      async answerQuestion() {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { reply: { text: 'the slow answer' }, confident: true };
      },
      browseTopic: async () => ({ text: 'topic' }),
      answerEntry: async () => undefined,
    };
    const service = await startService({}, { answerer: slow });
    const client = expectRepliesClient(service.url);
    const pending = client.send('How do I register my address in Tokyo?');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(service.kakehashi.inFlight.count).toBe(1);
    const stopped = service.stop();
    expect(textOf(await pending)).toContain('the slow answer');
    await stopped;
  });

  it('refuses unauthenticated requests with 401 when MicrosoftAppId is set', async () => {
    const service = await startService({ MicrosoftAppId: '00000000-0000-4000-8000-000000000000', MicrosoftAppPassword: 'not-a-real-secret' });
    try {
      const response = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }),
      });
      expect(response.status).toBe(401);
    } finally {
      await service.stop();
    }
  });

  it('npm start: fails with a clear message on a bad setting, exits 0 on SIGTERM', async () => {
    const bad = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: root, env: { ...process.env, PORT: 'eighty' } });
    let badErr = '';
    bad.stderr.on('data', (chunk) => (badErr += chunk));
    expect(await new Promise((resolve) => bad.on('exit', resolve))).toBe(2);
    expect(badErr).toContain('PORT: expected a whole number, got "eighty"');

    const good = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REDIS_URL: '', LOG_LEVEL: 'info' },
    });
    let out = '';
    good.stdout.on('data', (chunk) => (out += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 15_000);
      good.stdout.on('data', () => {
        if (out.includes('listening')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    good.kill('SIGTERM');
    expect(await new Promise((resolve) => good.on('exit', resolve))).toBe(0);
    expect(out).toContain('shutting down');
  });
});
