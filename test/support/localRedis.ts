/**
 * Real redis-server processes for tests that need their own Redis (a cluster, or one to stop under a running
 * service): started from Debian's `redis-server`/`redis-cli` in a temporary directory on fixed spare ports,
 * stopped with `SHUTDOWN NOSAVE`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs `redis-cli -p <port> <args…>` and returns its trimmed output. */
export async function redisCli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 30_000 });
  return stdout.trim();
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A redis-server this test started. */
export interface LocalRedis {
  port: number;
  url: string;
  /** Starts (or restarts) the server; resolves when it answers PING. */
  start(): Promise<void>;
  /** Stops the server (`SHUTDOWN NOSAVE`); resolves when the port no longer answers. */
  stop(): Promise<void>;
}

/**
 * @param port - A spare port (tests use 7101–7110).
 * @param extraArgs - More `redis-server` options, e.g. `['--cluster-enabled', 'yes']`.
 */
export function localRedis(port: number, dir: string, extraArgs: string[] = []): LocalRedis {
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes',
    '--dir', dir, '--pidfile', path.join(dir, `redis-${port}.pid`), '--logfile', path.join(dir, `redis-${port}.log`), ...extraArgs,
  ];
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      await run('redis-server', args);
      await waitFor(async () => (await redisCli(port, 'PING')) === 'PONG', `redis-server on ${port}`);
    },
    async stop() {
      await redisCli(port, 'SHUTDOWN', 'NOSAVE').catch(() => undefined);
      await waitFor(async () => (await redisCli(port, 'PING').catch(() => 'down')) !== 'PONG', `redis-server on ${port} to stop`);
    },
  };
}

/** A local Redis Cluster of masters and one replica per master. */
export interface LocalCluster {
  nodes: LocalRedis[];
  /** `redis://127.0.0.1:P1,…` for `REDIS_CLUSTER_NODES`. */
  seeds: string;
  /** Promotes every replica with `CLUSTER FAILOVER` and waits until the cluster is healthy with the new masters. */
  failoverAll(): Promise<void>;
  stop(): Promise<void>;
}

/** Ports of the masters currently serving slots. */
async function masterPorts(port: number): Promise<number[]> {
  const lines = (await redisCli(port, 'CLUSTER', 'NODES')).split('\n');
  return lines
    .filter((line) => / master /.test(line.replace(/myself,/, '')) && !/fail/.test(line.split(' ')[2]!) && line.split(' ').length > 8)
    .map((line) => Number(/:(\d+)@/.exec(line)![1]));
}

/**
 * Starts `masters × (1 + replicasPerMaster)` cluster-enabled servers from `firstPort` and joins them with
 * `redis-cli --cluster create`; resolves when every node reports `cluster_state:ok`.
 */
export async function startLocalCluster(firstPort: number, masters = 3, replicasPerMaster = 1): Promise<LocalCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-cluster-'));
  const count = masters * (1 + replicasPerMaster);
  const nodes = Array.from({ length: count }, (_, i) =>
    localRedis(firstPort + i, dir, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${firstPort + i}.conf`, '--cluster-node-timeout', '2000']),
  );
  await Promise.all(nodes.map((node) => node.start()));
  await run(
    'redis-cli',
    ['--cluster', 'create', ...nodes.map((node) => `127.0.0.1:${node.port}`), '--cluster-replicas', String(replicasPerMaster), '--cluster-yes'],
    { timeout: 60_000 },
  );
  const healthy = () =>
    waitFor(async () => {
      for (const node of nodes) if (!(await redisCli(node.port, 'CLUSTER', 'INFO')).includes('cluster_state:ok')) return false;
      return (await masterPorts(nodes[0]!.port)).length === masters;
    }, 'cluster_state:ok on every node');
  await healthy();
  return {
    nodes,
    seeds: nodes.map((node) => node.url).join(','),
    async failoverAll() {
      const before = new Set(await masterPorts(nodes[0]!.port));
      const replicas = nodes.filter((node) => !before.has(node.port));
      // A manual failover needs the replica in sync with its master; on a loaded machine the first
      // attempt can lapse (it is not retried by Redis), so wait for the link and ask again until promoted: after 12 s,
      // when an earlier attempt has surely ended (Redis gives a manual failover 5 s), never on top of a running one.
      await waitFor(async () => {
        for (const replica of replicas) if (!(await redisCli(replica.port, 'INFO', 'replication')).includes('master_link_status:up')) return false;
        return true;
      }, 'every replica in sync', 60_000);
      let lastAsked = 0;
      await waitFor(async () => {
        const now = await masterPorts(nodes[0]!.port);
        if (now.length === masters && now.every((port) => !before.has(port))) return true;
        if (Date.now() - lastAsked > 12_000) {
          lastAsked = Date.now();
          const waiting = replicas.filter((replica) => !now.includes(replica.port));
          await Promise.all(waiting.map((replica) => redisCli(replica.port, 'CLUSTER', 'FAILOVER').catch(() => '')));
        }
        return false;
      }, 'every replica promoted', 60_000);
      await healthy();
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
