/**
 * Build step (`scripts/build.ts`): keeps in each source map of `dist/` only the mappings into the project's own
 * sources. With `--enable-source-maps` Node keeps every loaded map in memory; the bundled packages' mappings were
 * ≈ 98 % of them (≈ 5 MB of the service's resident memory). Stack frames in `src/` and `dialogs/` still point to
 * their TypeScript lines; frames inside a package show the bundle's line and column (the segment is kept without a
 * source, so such a frame is never attributed to the project code before it).
 */
import fs from 'node:fs';
import path from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** Decodes one mappings segment (Base64 VLQ) into its relative fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: invalid mapping character ${JSON.stringify(char)}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return fields;
}

function encodeField(field: number): string {
  let value = field < 0 ? -field * 2 + 1 : field * 2;
  let out = '';
  do {
    let digit = value & 31;
    value = Math.floor(value / 32);
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

/**
 * The `mappings` of a version-3 source map without the segments whose source `keep` refuses: each becomes a
 * generated-column-only segment (no source), consecutive ones merged.
 *
 * @param keep - Per index of `sources`: whether its mappings stay.
 * @throws Error on a malformed mappings string.
 */
export function trimMappings(mappings: string, keep: readonly boolean[]): string {
  // Absolute state of the input (VLQ fields are relative to the previous segment) and of the output.
  let source = 0, line = 0, column = 0, name = 0;
  let outSource = 0, outLine = 0, outColumn = 0, outName = 0;
  return mappings
    .split(';')
    .map((generatedLine) => {
      let generatedColumn = 0;
      let outGeneratedColumn = 0;
      let lastUnmapped = false;
      const out: string[] = [];
      for (const segment of generatedLine === '' ? [] : generatedLine.split(',')) {
        const fields = decodeSegment(segment);
        generatedColumn += fields[0]!;
        if (fields.length >= 4) {
          source += fields[1]!;
          line += fields[2]!;
          column += fields[3]!;
          if (fields.length >= 5) name += fields[4]!;
        }
        if (fields.length < 4 || !keep[source]) {
          if (lastUnmapped) continue;
          out.push(encodeField(generatedColumn - outGeneratedColumn));
          outGeneratedColumn = generatedColumn;
          lastUnmapped = true;
          continue;
        }
        let encoded = encodeField(generatedColumn - outGeneratedColumn) + encodeField(source - outSource) + encodeField(line - outLine) + encodeField(column - outColumn);
        if (fields.length >= 5) {
          encoded += encodeField(name - outName);
          outName = name;
        }
        out.push(encoded);
        outGeneratedColumn = generatedColumn;
        outSource = source;
        outLine = line;
        outColumn = column;
        lastUnmapped = false;
      }
      return out.join(',');
    })
    .join(';');
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
