/**
 * YAML parsing with a build-time cache, so that starting the service neither loads the `yaml` package nor parses the
 * plans again (≈ 0.1 s of start CPU on a 2-core machine).
 *
 * `npm run build` parses every `.yaml`/`.yml` file under `knowledge/` once and writes `dist/parsed-yaml.json`:
 * `{ version, values: { <SHA-256 hex of the file's text>: <parsed value> } }`. `parseYaml(text)` answers a copy of the
 * cached value when the cache holds that exact text, and otherwise parses with the `yaml` package, loaded on first use.
 * Keyed by content, a cache entry can never be stale: an edited file simply misses and is parsed as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

/** File name of the cache inside the build output directory. */
export const YAML_CACHE_FILE = 'parsed-yaml.json';

const CACHE_VERSION = 1;

interface YamlCacheFile {
  version: typeof CACHE_VERSION;
  values: Record<string, unknown>;
}

/** `<repository>/dist/parsed-yaml.json` (this file's URL is its source file's, also when bundled into dist/). */
const defaultCacheFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', YAML_CACHE_FILE);

let yamlParse: ((text: string) => unknown) | undefined;

/** Parses with the `yaml` package (loaded on the first call). @throws the package's YAMLParseError on invalid YAML. */
function parseUncached(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Parsed values by text hash, read from one cache file on first use; an unreadable or foreign file is an empty cache. */
export class YamlCache {
  private values: Map<string, unknown> | undefined;

  constructor(private readonly file: string = defaultCacheFile) {}

  /**
   * The value of the YAML document `text`, as the `yaml` package's `parse` returns it.
   * @throws the `yaml` package's YAMLParseError when `text` is not in the cache and is not valid YAML.
   */
  parse(text: string): unknown {
    const values = (this.values ??= this.read());
    const key = hashOf(text);
    // A copy: callers may change what they get, and the same text may be parsed again.
    return values.has(key) ? structuredClone(values.get(key)) : parseUncached(text);
  }

  private read(): Map<string, unknown> {
    try {
      const cache = JSON.parse(fs.readFileSync(this.file, 'utf8')) as YamlCacheFile;
      if (cache.version === CACHE_VERSION && cache.values && typeof cache.values === 'object') return new Map(Object.entries(cache.values));
    } catch {
      /* missing or unreadable: parse everything */
    }
    return new Map();
  }
}

const defaultCache = new YamlCache();

/** `YamlCache.parse` with the cache `npm run build` writes to `dist/`. */
export function parseYaml(text: string): unknown {
  return defaultCache.parse(text);
}

/**
 * Build step: parses every `.yaml`/`.yml` file under `dir` and writes the cache to `outFile`. A file whose value does
 * not survive JSON (e.g. `.inf`) or that does not parse is left out (it is parsed, or reported, at start as before).
 * @returns How many files the cache holds.
 */
export function writeYamlCache(dir: string, outFile: string): number {
  const values: Record<string, unknown> = {};
  const files = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }) : [];
  for (const entry of files) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    let value: unknown;
    try {
      value = parseUncached(text);
    } catch {
      continue;
    }
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? 'null'), value)) values[hashOf(text)] = value;
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const cache: YamlCacheFile = { version: CACHE_VERSION, values };
  const temporary = `${outFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(cache));
  fs.renameSync(temporary, outFile);
  return Object.keys(values).length;
}
