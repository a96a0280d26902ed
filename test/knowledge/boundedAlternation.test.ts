/**
 * One alternation with shared word edges (src/knowledge/analysis/boundedAlternation.ts) finds exactly what the
 * alternation with an edge per alternative finds: same matches, same captures, same replacements, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { boundedAlternation, type BoundedAlternative } from '../../src/knowledge/analysis/boundedAlternation';

const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
/** The alternation written out, one copy of the edges per alternative. */
const spelledOut = (alternatives: BoundedAlternative[]) => alternatives.map(({ before, body, after }) => `(?:${before}(?:${body})${after})`).join('|');
const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'giu'))].map((match) => [match.index, ...match]);

const ALTERNATIVES: BoundedAlternative[] = [
  { before: START, body: 'paris', after: END },
  { before: START, body: 'pariser', after: END },
  { before: START, body: 'how (long|much)|what (does|did) it cost', after: END },
  { before: '', body: '津市', after: '(?![語人])' },
  { before: '', body: '東京', after: '(?![語人])' },
  { before: START, body: 'da', after: '' },
  { before: START, body: 'dauer(t)?', after: END },
  { before: '', body: '^\\W*(and )?then\\W*$', after: '' },
];

const TEXTS = [
  'Pariser Büro oder paris? parisien, Paris.',
  'how long and how much, what did it cost? howlong',
  '津市役所、東京語、東京で、津市人',
  'da dauert dauer dauerte daheim',
  'and then',
  'then?',
  '',
];

describe('boundedAlternation', () => {
  it('writes each run of alternatives with the same edges with one copy of them, in order', () => {
    const source = boundedAlternation(ALTERNATIVES);
    expect(source.split(START).length - 1).toBe(3);
    expect(source.length).toBeLessThan(spelledOut(ALTERNATIVES).length);
    expect(source.indexOf('paris')).toBeLessThan(source.indexOf('pariser'));
  });

  it.each(TEXTS)('finds, captures and replaces the same as the spelled-out alternation in %j', (text) => {
    const shared = boundedAlternation(ALTERNATIVES);
    const spelled = spelledOut(ALTERNATIVES);
    expect(matches(shared, text)).toEqual(matches(spelled, text));
    expect(text.replace(new RegExp(shared, 'giu'), '_')).toBe(text.replace(new RegExp(spelled, 'giu'), '_'));
  });

  it('prefers the earlier alternative where both match, as the spelled-out one does', () => {
    const alternatives = [{ before: START, body: 'dauer', after: '' }, { before: START, body: 'dauert', after: '' }];
    expect(matches(boundedAlternation(alternatives), 'dauert')).toEqual([[0, 'dauer']]);
  });

  it('gives an empty source for no alternatives', () => {
    expect(boundedAlternation([])).toBe('');
  });
});
