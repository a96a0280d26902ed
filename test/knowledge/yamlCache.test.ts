import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeYamlCache, YamlCache } from '../../src/knowledge/yamlCache';

const root = path.resolve(import.meta.dirname, '../..');
const plansDir = path.join(root, 'knowledge/plans');

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-')), name);
}

describe('YAML parsed at build time', () => {
  it('caches every plan file with the value the yaml package gives', () => {
    const file = tempFile('parsed-yaml.json');
    const planFiles = fs.readdirSync(plansDir).filter((name) => name.endsWith('.yaml'));
    expect(writeYamlCache(path.join(root, 'knowledge'), file)).toBeGreaterThanOrEqual(planFiles.length);
    const cache = new YamlCache(file);
    for (const name of planFiles) {
      const text = fs.readFileSync(path.join(plansDir, name), 'utf8');
      expect(cache.parse(text)).toEqual(parse(text));
    }
  });

  it('answers from the cache for the same text, a fresh copy each time', () => {
    const text = 'id: demo\nsteps: [a, b]\n';
    const file = tempFile('parsed-yaml.json');
    // A cache whose value differs from what parsing gives shows that the text was not parsed again.
    const key = createHash('sha256').update(text).digest('hex');
    fs.writeFileSync(file, JSON.stringify({ version: 1, values: { [key]: { id: 'from-cache' } } }));
    const cache = new YamlCache(file);
    const first = cache.parse(text) as { id: string };
    expect(first).toEqual({ id: 'from-cache' });
    first.id = 'changed by a caller';
    expect(cache.parse(text)).toEqual({ id: 'from-cache' });
  });

  it('parses an edited file anew, and reports invalid YAML as the yaml package does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-src-'));
    fs.writeFileSync(path.join(dir, 'plan.yaml'), 'id: old\n');
    const file = tempFile('parsed-yaml.json');
    writeYamlCache(dir, file);
    const cache = new YamlCache(file);
    expect(cache.parse('id: old\n')).toEqual({ id: 'old' });
    expect(cache.parse('id: new\n')).toEqual({ id: 'new' });
    expect(() => cache.parse('id: [unclosed\n')).toThrow(/flow sequence|Missing|expected/i);
  });

  it('without a cache file parses everything', () => {
    const cache = new YamlCache(path.join(os.tmpdir(), 'no-such-dir', 'parsed-yaml.json'));
    expect(cache.parse('a: 1\n')).toEqual({ a: 1 });
  });
});
