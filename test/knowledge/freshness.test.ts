import { describe, expect, it } from 'vitest';
import { monthsBefore, staleEntries } from '../../src/knowledge/freshness';
import { fixtureKnowledge } from './helpers';

describe('freshness', () => {
  it('computes month offsets', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2027-11-24', 12)).toBe('2026-11-24');
  });
  it('lists entries checked more than 12 months ago', () => {
    const { knowledge } = fixtureKnowledge();
    expect(staleEntries(knowledge.entries, '2027-11-01', 12)).toEqual([]);
    expect(staleEntries(knowledge.entries, '2027-11-02', 12)).toHaveLength(knowledge.entries.length);
  });
});
