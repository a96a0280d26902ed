/**
 * The build makes `dist/*.js` ASCII-only (`scripts/asciiBundle.ts`), regular expressions included: the escaped code
 * matches what the original matched, and a stack frame after an escaped character still points to its source line
 * and column.
 */
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiBundle } from '../../scripts/asciiBundle';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-ascii-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Full-width digits, Japanese punctuation with the u flag, an astral character in a class, an identity escape.
const source = [
  'export const digits = (text) => text.replace(/０/g, "0").replace(/１/g, "1");',
  'export const split = (text) => text.split(/[、。]/u);',
  'export const faces = (text) => /[😀-😎]/u.test(text);',
  'export const star = (text) => /\\★/.test(text);',
  'export const fail = () => { throw new Error("here"); };',
].join('\n');

/** The module's exports, evaluated from `code`. */
async function load(code: string, name: string): Promise<Record<string, (text: string) => unknown>> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, code);
  return (await import(file)) as Record<string, (text: string) => unknown>;
}

describe('ASCII bundle', () => {
  const built = transformSync(source, { format: 'esm', charset: 'ascii', minifyWhitespace: true, sourcemap: 'external', sourcefile: 'input.ts' });

  it('leaves no non-ASCII character and matches what the original matched', async () => {
    expect(built.code).toMatch(/[^\x00-\x7f]/); // esbuild leaves them in regular expressions
    fs.writeFileSync(path.join(dir, 'bundle.js'), built.code);
    fs.writeFileSync(path.join(dir, 'bundle.js.map'), built.map);
    expect(asciiBundle(dir)).toEqual(['bundle.js']);
    const escaped = fs.readFileSync(path.join(dir, 'bundle.js'), 'utf8');
    expect(escaped).not.toMatch(/[^\x00-\x7f]/);
    const before = await load(built.code, 'before.mjs');
    const after = await load(escaped, 'after.mjs');
    for (const text of ['２０２６年１０月', '東京、大阪。名古屋', 'ok 😃', 'no face', '★★', 'none']) {
      expect(after.digits!(text)).toEqual(before.digits!(text));
      expect(after.split!(text)).toEqual(before.split!(text));
      expect(after.faces!(text)).toEqual(before.faces!(text));
      expect(after.star!(text)).toEqual(before.star!(text));
    }
    expect(after.digits!('１０')).toBe('10');
    expect(after.faces!('😃')).toBe(true);
  });

  it('moves the source map columns by the characters added before them', () => {
    const escaped = fs.readFileSync(path.join(dir, 'bundle.js'), 'utf8');
    const map = new SourceMap(JSON.parse(fs.readFileSync(path.join(dir, 'bundle.js.map'), 'utf8')));
    const original = new SourceMap(JSON.parse(built.map));
    // Every token `throw`, `Error`, `split` and `test` maps to the same source position as before the escapes.
    for (const token of ['throw', 'Error', '.split', '.test', 'replace']) {
      const at = (code: string) => {
        const offset = code.lastIndexOf(token);
        const lines = code.slice(0, offset).split('\n');
        return { line: lines.length - 1, column: lines.at(-1)!.length };
      };
      const was = at(built.code);
      const now = at(escaped);
      const entryWas = original.findEntry(was.line, was.column) as { originalLine: number; originalColumn: number };
      const entryNow = map.findEntry(now.line, now.column) as { originalLine: number; originalColumn: number };
      expect(entryNow.originalLine, token).toBe(entryWas.originalLine);
      expect(entryNow.originalColumn, token).toBe(entryWas.originalColumn);
    }
  });
});
