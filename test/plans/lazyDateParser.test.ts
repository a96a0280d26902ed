/**
 * chrono-node (the planner's typed-date parser) is loaded on the first typed date, not when the service starts:
 * most conversations never type a date, and its parsers take ≈ 10 MB of resident memory.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const chronoLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/]node_modules[\\/]chrono-node[\\/]/.test(file));

describe('typed planner dates', () => {
  it('load chrono-node on the first date typed, and read it', async () => {
    const { parseTypedDate, parseAmount } = await import('../../src/plans/slotAnswers');
    expect(parseAmount('500万円')).toBe(5_000_000);
    expect(chronoLoaded()).toBe(false);
    expect(parseTypedDate('3. März', '2026-11-29', 'de')).toBe('2027-03-03');
    expect(parseTypedDate('3月3日', '2026-11-29', 'ja')).toBe('2027-03-03');
    expect(chronoLoaded()).toBe(true);
  });
});
