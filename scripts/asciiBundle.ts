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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

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

/** Length of the first Base64 VLQ field of a mappings segment, and its value. */
function firstField(segment: string): { length: number; value: number } {
  let value = 0;
  let shift = 0;
  for (let at = 0; at < segment.length; at++) {
    const digit = DIGIT.get(segment[at]!);
    if (digit === undefined) throw new Error(`source map: invalid mapping character ${JSON.stringify(segment[at])}`);
    value += (digit & 31) * 2 ** shift;
    if (!(digit & 32)) return { length: at + 1, value: value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2) };
    shift += 5;
  }
  throw new Error('source map: truncated mapping segment');
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
 * Source map `mappings` with the generated columns moved past the characters added on their line (other fields,
 * relative across lines, are kept as written).
 */
export function shiftGeneratedColumns(mappings: string, insertions: Insertions): string {
  if (insertions.size === 0) return mappings;
  return mappings
    .split(';')
    .map((line, lineNumber) => {
      const added = insertions.get(lineNumber);
      if (!added || line === '') return line;
      let column = 0;
      let outColumn = 0;
      return line
        .split(',')
        .map((segment) => {
          const { length, value } = firstField(segment);
          column += value;
          let shifted = column;
          for (const [at, count] of added) if (at < column) shifted += count;
          const encoded = encodeField(shifted - outColumn) + segment.slice(length);
          outColumn = shifted;
          return encoded;
        })
        .join(',');
    })
    .join(';');
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
