/** `REDIS_CLUSTER_NODES` and `REDIS_COMMAND_TIMEOUT_MS`: read at start, a bad value stops it with the variable's name. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('Redis Cluster configuration', () => {
  it('reads comma-separated seeds', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000, redis://10.0.0.2:7000,rediss://user:pw@redis.example:6380' });
    expect(config.redisClusterNodes).toEqual(['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000', 'rediss://user:pw@redis.example:6380']);
    expect(loadConfig({}).redisClusterNodes).toBeUndefined();
  });

  it('refuses seeds that are not redis://host:port, naming the variable', () => {
    for (const bad of ['10.0.0.1:7000', 'redis://10.0.0.1', 'http://10.0.0.1:7000']) {
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: bad })).toThrow(/REDIS_CLUSTER_NODES/);
    }
  });

  it('refuses a key prefix with "{" on a cluster, where it would put every key in one slot', () => {
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'redis://a:7000', REDIS_KEY_PREFIX: 'app:{x}:' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('bounds Redis commands at 2 s unless told otherwise', () => {
    expect(loadConfig({}).redisCommandTimeoutMs).toBe(2000);
    expect(loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '500' }).redisCommandTimeoutMs).toBe(500);
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: 'soon' })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });
});
