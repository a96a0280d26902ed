/**
 * `npm run build` (also run by `prepare` on `npm ci`, and by `npm start` when `dist/` is older than a source):
 * bundles `src/index.ts`, everything it imports from `src/` and `dialogs/` and most packages into `dist/` with
 * esbuild, and writes what start-up would otherwise compute: the knowledge search snapshot and the parsed YAML.
 *
 * - Packages are bundled except those in `EXTERNAL_PACKAGES` (`scripts/buildPlugins.ts`): one file instead of
 *   ≈ 1,300 for Node to resolve and load (≈ 25 % of start CPU).
 * - Assets (locales, knowledge, web chat bundle, public pages) are read from the repository at run time. Each
 *   bundled source file's `import.meta.url` is rewritten to its source file's URL relative to the bundle, so paths
 *   such as `new URL('public', import.meta.url)` resolve to the same place from `dist/` as from `src/`, wherever the
 *   repository is checked out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeIndexSnapshot } from '../src/knowledge/indexSnapshot';
import { writeYamlCache, YAML_CACHE_FILE } from '../src/knowledge/yamlCache';
import { EXTERNAL_PACKAGES, lazyRecognizers, REQUIRE_BANNER, sourceImportMetaUrl } from './buildPlugins';
import { trimSourceMaps } from './sourceMapTrim';
import { asciiBundle } from './asciiBundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');

async function main(): Promise<void> {
  const started = performance.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outdir: outDir,
    entryNames: '[name]',
    // Chunks sit beside index.js: the import.meta.url rewrite assumes every output file is directly in dist/.
    chunkNames: '[name]-[hash]',
    // Code behind a dynamic import (Redis, LINE, the LLM answerer) lands in its own chunk, with its packages,
    // and is loaded only when configured.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    sourcemap: true,
    // Stack traces (`--enable-source-maps`) need the mappings only, and the sources are in the repository: a map
    // with the sources in it would be 13 MB for Node to read at every start.
    sourcesContent: false,
    legalComments: 'none',
    // V8 keeps every script's source text in the heap, two bytes a character as soon as one character is not
    // Latin-1: ASCII-only output without comments and indentation halves it (33 → 19 MB). Names are kept.
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [sourceImportMetaUrl(outDir), lazyRecognizers(root)],
  });
  // Node keeps every loaded source map in memory: only the mappings into the project's own sources stay.
  trimSourceMaps(outDir);
  // esbuild leaves regular-expression literals as written: one non-ASCII character doubles the file's size in the heap.
  asciiBundle(outDir);
  const snapshot = await writeIndexSnapshot({ knowledgeDir: path.join(root, 'knowledge'), outDir });
  const yamlFiles = writeYamlCache(path.join(root, 'knowledge'), path.join(outDir, YAML_CACHE_FILE));
  process.stdout.write(
    `build: dist/index.js, ${path.relative(root, snapshot.file)} (${snapshot.entries} entries) and dist/${YAML_CACHE_FILE} (${yamlFiles} files) in ${Math.round(performance.now() - started)} ms\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`build failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
