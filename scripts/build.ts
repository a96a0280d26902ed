/**
 * `npm run build` (also run by `prepare` on `npm ci` and by `prestart`): bundles `src/index.ts` and everything it
 * imports from `src/` and `dialogs/` into `dist/index.js` with esbuild, and writes the knowledge search snapshot.
 *
 * - Packages in `node_modules` stay external: Node loads them as it does in development.
 * - Assets (locales, knowledge, web chat bundle, public pages) are read from the repository at run time. Each
 *   bundled file's `import.meta.url` is rewritten to its source file's URL relative to the bundle, so paths such as
 *   `new URL('public', import.meta.url)` resolve to the same place from `dist/` as from `src/`, wherever the
 *   repository is checked out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { writeIndexSnapshot } from '../src/knowledge/indexSnapshot';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');

/** Replaces `import.meta.url` in project sources with the source file's URL, computed relative to the bundle. */
const sourceImportMetaUrl: Plugin = {
  name: 'source-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
      const relative = path.relative(outDir, args.path).split(path.sep).join('/');
      const expression = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', expression), loader: 'ts' };
    });
  },
};

async function main(): Promise<void> {
  const started = performance.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outdir: outDir,
    entryNames: '[name]',
    // Chunks sit beside index.js: the import.meta.url rewrite below assumes every output file is directly in dist/.
    chunkNames: '[name]-[hash]',
    // Code behind a dynamic import (Redis, LINE, the LLM answerer) lands in its own chunk, with its packages,
    // and is loaded only when configured.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sourceImportMetaUrl],
  });
  const snapshot = await writeIndexSnapshot({ knowledgeDir: path.join(root, 'knowledge'), outDir });
  process.stdout.write(
    `build: dist/index.js and ${path.relative(root, snapshot.file)} (${snapshot.entries} entries) in ${Math.round(performance.now() - started)} ms\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`build failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
