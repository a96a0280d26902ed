import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('start on a port that is taken', () => {
  let occupant: Server;
  let port: number;
  beforeAll(async () => {
    occupant = createServer((_req, res) => res.end('someone else'));
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    port = (occupant.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => occupant.close(() => resolve())));

  it('says which port is in use and how to choose another, and exits non-zero without a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: '', LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));

    expect(code).toBe(1);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(stderr).toContain(`PORT=${port + 1} npm start`);
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
    // The other program keeps its port.
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('someone else');
  }, 120_000);
});
