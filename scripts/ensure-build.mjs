// `prestart`: rebuilds dist/ only when it is missing or older than a source it is made from (plain Node, ~30 ms,
// so `npm start` stays fast). `npm ci` already built it through `prepare`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'index.js');

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
const sources = ['src', 'dialogs', 'knowledge', 'package-lock.json', 'scripts/build.ts'].map((p) => path.join(root, p));
if (builtAt === 0 || sources.some((source) => newestMtime(source) > builtAt)) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
