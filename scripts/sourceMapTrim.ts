/**
 * Build step (`scripts/build.ts`): keeps in each source map of `dist/` only the mappings into the project's own
 * sources. With `--enable-source-maps` Node keeps every loaded map in memory; the bundled packages' mappings were
 * ≈ 98 % of them (≈ 5 MB of the service's resident memory). Stack frames in `src/` and `dialogs/` still point to
 * their TypeScript lines; frames inside a package show the bundle's line and column (the segment is kept without a
 * source, so such a frame is never attributed to the project code before it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

/**
 * The `mappings` of a version-3 source map without the segments whose source `keep` refuses: each becomes a
 * generated-column-only segment (no source), consecutive ones merged. Decoded and encoded with
 * `@jridgewell/sourcemap-codec` (the Base64 VLQ codec of the source-map tooling esbuild and Vite use).
 *
 * @param keep - Per index of `sources`: whether its mappings stay.
 * @throws Error on a malformed mappings string.
 */
export function trimMappings(mappings: string, keep: readonly boolean[]): string {
  return encode(decode(mappings).map((line) => {
    const out: SourceMapSegment[] = [];
    let lastUnmapped = false;
    for (const segment of line) {
      if (segment.length >= 4 && keep[segment[1]!]) {
        out.push(segment);
        lastUnmapped = false;
      } else if (!lastUnmapped) {
        out.push([segment[0]]);
        lastUnmapped = true;
      }
    }
    return out;
  }));
}

/**
 * Rewrites every `*.map` directly in `dir`, keeping the mappings into sources outside `node_modules`.
 * @returns Characters of mappings before and after.
 */
export function trimSourceMaps(dir: string): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.map'))) {
    const full = path.join(dir, file);
    const map = JSON.parse(fs.readFileSync(full, 'utf8')) as { sources: string[]; mappings: string };
    const keep = map.sources.map((source) => !source.split(/[\\/]/).includes('node_modules'));
    before += map.mappings.length;
    map.mappings = trimMappings(map.mappings, keep);
    after += map.mappings.length;
    fs.writeFileSync(full, JSON.stringify(map));
  }
  return { before, after };
}
