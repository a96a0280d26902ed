/**
 * The build keeps only the project's own mappings in `dist/*.map` (`scripts/sourceMapTrim.ts`): a stack frame in our
 * code still points to its source line, and a frame in a package is shown at its bundle position, never attributed
 * to the project code before it.
 */
import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMappings } from '../../scripts/sourceMapTrim';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (field: number) => {
  let value = field < 0 ? -field * 2 + 1 : field * 2;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
};
/** Mappings from absolute segments [generated column, source, line, column] per generated line. */
function mappingsOf(lines: [number, number, number, number][][]): string {
  let source = 0, line = 0, column = 0;
  return lines
    .map((segments) => {
      let generated = 0;
      return segments
        .map(([g, s, l, c]) => {
          const out = vlq(g - generated) + vlq(s - source) + vlq(l - line) + vlq(c - column);
          [generated, source, line, column] = [g, s, l, c];
          return out;
        })
        .join(',');
    })
    .join(';');
}

const sources = ['../src/app.ts', '../node_modules/express/lib/router.js', '../dialogs/rootDialog.ts'];
// Line 1: our code, then a package, then our code again; line 2: a package, then our code.
const mappings = mappingsOf([
  [[0, 0, 10, 2], [40, 1, 300, 4], [90, 0, 11, 0], [120, 1, 301, 0]],
  [[0, 1, 400, 0], [15, 1, 401, 2], [60, 2, 7, 6]],
]);
const lookup = (map: string, line: number, column: number) => {
  const entry = new SourceMap({ version: 3, file: 'index.js', sources, sourcesContent: [], sourceRoot: '', names: [], mappings: map }).findEntry(line, column) as { originalSource?: string; originalLine?: number; originalColumn?: number };
  return entry.originalSource ? `${entry.originalSource}:${entry.originalLine}:${entry.originalColumn}` : 'unmapped';
};

describe('source maps trimmed to the project sources', () => {
  const keep = sources.map((source) => !source.includes('node_modules'));
  const trimmed = trimMappings(mappings, keep);

  it('maps positions in the project sources exactly as before', () => {
    for (const [line, column] of [[0, 5], [0, 95], [1, 70]] as const) expect(lookup(trimmed, line, column)).toBe(lookup(mappings, line, column));
    expect(lookup(trimmed, 1, 70)).toBe('../dialogs/rootDialog.ts:7:6');
  });

  it('leaves positions inside a package unmapped instead of giving them to the project code before them', () => {
    expect(lookup(mappings, 0, 50)).toContain('node_modules');
    for (const [line, column] of [[0, 50], [0, 130], [1, 3], [1, 20]] as const) expect(lookup(trimmed, line, column)).toBe('unmapped');
  });

  it('is shorter', () => {
    expect(trimmed.length).toBeLessThan(mappings.length);
  });
});
