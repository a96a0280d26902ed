import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthsBefore, staleEntries } from '../../src/knowledge/freshness';
import { checkKnowledge } from '../../src/knowledge/knowledgeCheck';
import { FIXTURE_REGIONS, fixtureKnowledge, here } from './helpers';

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

describe('checkKnowledge', () => {
  it('passes valid fixtures and lists stale entries without failing', () => {
    const result = checkKnowledge({ knowledgeDir: path.join(here, 'fixtures/valid'), knownRegions: FIXTURE_REGIONS, today: '2028-01-01' });
    expect(result.ok).toBe(true);
    expect(result.entries).toBe(7);
    expect(result.byRegion).toEqual({ both: 1, nrw: 3, tokyo: 3 });
    expect(result.stale).toHaveLength(7);
  });
  it('fails on schema problems', () => {
    const result = checkKnowledge({ knowledgeDir: path.join(here, 'fixtures/invalid'), knownRegions: FIXTURE_REGIONS, today: '2026-11-24' });
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(5);
  });
});
