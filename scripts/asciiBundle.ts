/**
 * Build step (`scripts/build.ts`): makes each bundle file of `dist/` ASCII-only. esbuild's `charset: 'ascii'` escapes
 * strings, templates and identifiers but leaves regular-expression literals as written (`/０/g`, `/[、。]/u`); one
 * such character is enough for V8 to keep the whole file's source text as a two-byte string in the heap (the 1.8 MB
 * `index.js` took 3.4 MB). Each non-ASCII UTF-16 unit left is written as `\uXXXX`, which means the same inside a
 * regular expression with or without the `u` flag (surrogate pairs written as two escapes are one code point
 * there); `\X` (an identity escape, legal only without `u`) becomes `\uXXXX` as well. The source maps' generated
 * columns are moved by the characters added before them on their line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';


/** Per generated line: [column in the input, characters added there], in column order. */
type Insertions = Map<number, [number, number][]>;

const escape = (unit: number) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The code with every non-ASCII UTF-16 unit escaped, and where characters were added. Meant for esbuild's ASCII
 * output, whose only non-ASCII text is in regular expression literals (in a string the escape means the same too;
 * only a template's raw text would differ, and esbuild escapes templates itself).
 */
export function escapeNonAscii(code: string): { code: string; insertions: Insertions } {
  const insertions: Insertions = new Map();
  const lines = code.split('\n').map((line, lineNumber) => {
    if (!/[^\x00-\x7f]/.test(line)) return line;
    const added: [number, number][] = [];
    let out = '';
    for (let column = 0; column < line.length; column++) {
      const unit = line.charCodeAt(column);
      if (unit < 0x80) {
        out += line[column];
        continue;
      }
      let backslashes = 0;
      while (out.length - 1 - backslashes >= 0 && out[out.length - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 1) {
        // `\X`: the identity escape of X; `\` is already written, so X's escape is written without its own `\`.
        out += escape(unit).slice(1);
        added.push([column, 4]);
      } else {
        out += escape(unit);
        added.push([column, 5]);
      }
    }
    insertions.set(lineNumber, added);
    return out;
  });
  return { code: lines.join('\n'), insertions };
}

/**
 * Source map `mappings` with the generated columns moved past the characters added on their line (decoded and
 * encoded with `@jridgewell/sourcemap-codec`; the other fields stay as they are).
 */
export function shiftGeneratedColumns(mappings: string, insertions: Insertions): string {
  if (insertions.size === 0) return mappings;
  return encode(decode(mappings).map((line, lineNumber) => {
    const added = insertions.get(lineNumber);
    if (!added) return line;
    return line.map((segment) => {
      let shifted = segment[0];
      for (const [at, count] of added) if (at < segment[0]) shifted += count;
      return [shifted, ...segment.slice(1)] as SourceMapSegment;
    });
  }));
}

/**
 * Escapes every `.js` file of `outDir` and moves the columns of its `.js.map` beside it.
 *
 * @returns The files changed.
 */
export function asciiBundle(outDir: string): string[] {
  const changed: string[] = [];
  for (const name of fs.readdirSync(outDir)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(outDir, name);
    const original = fs.readFileSync(file, 'utf8');
    if (!/[^\x00-\x7f]/.test(original)) continue;
    const { code, insertions } = escapeNonAscii(original);
    fs.writeFileSync(file, code);
    const mapFile = `${file}.map`;
    if (fs.existsSync(mapFile)) {
      const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { mappings: string };
      map.mappings = shiftGeneratedColumns(map.mappings, insertions);
      fs.writeFileSync(mapFile, JSON.stringify(map));
    }
    changed.push(name);
  }
  return changed;
}
