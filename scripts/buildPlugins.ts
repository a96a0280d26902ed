/**
 * esbuild settings of `scripts/build.ts` that shape how the bundle loads: which packages stay in `node_modules`,
 * the `require` each output file gets, and the two plugins (source `import.meta.url`, lazy text recognizers).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Packages left in `node_modules` (everything else is bundled, which saves Node resolving and loading ≈ 1,300
 * files at start): native code, packages that read files next to themselves (pdfkit's font metrics; the web chat
 * and Chart.js bundles and the fonts, served or read as files), big ones loaded only on demand (langchain,
 * nodemailer, compromise), and tools.
 */
export const EXTERNAL_PACKAGES = [
  'pdfkit', 'nodemailer', 'compromise', 'langchain', '@langchain/*', 'openai', '@resvg/resvg-js', 'playwright-core',
  'botframework-webchat', 'chart.js', '@expo-google-fonts/*', 'yaml', 'esbuild', 'tsx', 'vitest',
];

/** Bundled CommonJS code may call `require` (optional or computed requires): each ESM output file gets one. */
export const REQUIRE_BANNER = "import { createRequire as __kakehashiCreateRequire } from 'node:module'; const require = __kakehashiCreateRequire(import.meta.url);";

/**
 * Replaces `import.meta.url` in project sources with the source file's URL, computed relative to the bundle in
 * `outDir`, so that `new URL('public', import.meta.url)` resolves to the same place from `dist/` as from `src/`.
 */
export function sourceImportMetaUrl(outDir: string): Plugin {
  return {
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
}

/**
 * The text recognizers of botbuilder-dialogs' number, choice, confirm and date-time prompts (≈ 5 MB of JavaScript
 * whose set-up compiles thousands of regular expressions, ≈ 0.2 s of start CPU) stay in `node_modules` and are
 * loaded on the first use of one of their exports: kakehashi's dialogs use only `TextPrompt`. At load time
 * botbuilder-dialogs reads only `Culture.<language>` (locale strings such as `en-us`), which the small base package
 * `@microsoft/recognizers-text` provides.
 *
 * @param resolveDir - Folder whose `node_modules` holds the base package (the repository root).
 */
export function lazyRecognizers(resolveDir: string): Plugin {
  return {
    name: 'lazy-recognizers',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^@microsoft\/recognizers-text-(suite|number|choice|date-time)$/ }, (args) =>
        args.namespace === 'lazy-recognizers' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-recognizers' },
      );
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-recognizers' }, (args) => ({
        resolveDir,
        loader: 'js',
        contents: `
          let loaded;
          const load = () => (loaded ??= require(${JSON.stringify(args.path)}));
          module.exports = new Proxy({}, {
            get: (_target, key) => key === '__esModule' ? true : key === 'Culture' && !loaded ? require('@microsoft/recognizers-text').Culture : load()[key],
            has: (_target, key) => key in load(),
            ownKeys: () => Reflect.ownKeys(load()),
            getOwnPropertyDescriptor: (_target, key) => {
              const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
              return descriptor && { ...descriptor, configurable: true };
            },
          });`,
      }));
    },
  };
}
