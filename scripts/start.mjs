// `npm start`: one Node process that rebuilds dist/ first when it is missing or older than a source it is made from
// (`npm ci` already built it through `prepare`), then runs the service from dist/index.js. The check stats ≈ 1,000
// files (a few ms); a separate `prestart` process cost ≈ 0.15 s of every start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'index.js');
/** What dist/ is made from: a change to any of them makes it stale. */
const sources = ['src', 'dialogs', 'knowledge', 'package-lock.json', 'scripts/build.ts', 'scripts/buildPlugins.ts', 'scripts/sourceMapTrim.ts', 'scripts/asciiBundle.ts'];

/** Newest modification time (ms) of `target` or of any file under it; 0 when it does not exist. */
function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const builtAt = newestMtime(built);
if (builtAt === 0 || sources.some((source) => newestMtime(path.join(root, source)) > builtAt)) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(pathToFileURL(built).href);
