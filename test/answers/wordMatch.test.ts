/** The indexed word match answers as scanning the list with `matches` does. */
import { describe, expect, it } from 'vitest';
import { anyMatches, matches } from '../../src/answers/wordMatch';

describe('anyMatches', () => {
  it('matches a word exactly, or as the extension of a CJK term or a Latin one of 5+ characters', () => {
    const words = ['terminvergabe', 'kosten', '払込', 'gmbh'];
    expect(anyMatches(words, 'termin')).toBe(true);
    expect(anyMatches(words, 'term')).toBe(false);
    expect(anyMatches(words, 'kosten')).toBe(true);
    expect(anyMatches(words, '払')).toBe(true);
    expect(anyMatches(words, 'gmb')).toBe(false);
    expect(anyMatches([], 'kosten')).toBe(false);
  });

  it('agrees with scanning the list for every term', () => {
    const words = ['anmeldung', 'anmeldungen', 'anmelden', 'an', 'ab', 'abc', 'abcdefg', 'zz', '会社', '会社設立', 'ü', 'über', 'überweisung', 'ärzt', 'b'];
    const terms = [...words, 'anmel', 'anmeld', 'abcde', 'abcd', 'a', '', '会', '社', 'über', 'überw', 'überwe', 'zzz', 'ärz', 'c', 'x'];
    for (const term of terms) expect(anyMatches(words, term), term).toBe(words.some((word) => matches(word, term)));
  });
});
