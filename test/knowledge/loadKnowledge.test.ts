import { describe, expect, it } from 'vitest';
import { KnowledgeValidationError } from '../../src/knowledge/errors';
import { firstParagraph, isValidDate, parseEntryFile } from '../../src/knowledge/entrySchema';
import { inspectKnowledge, loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { FIXTURE_REGIONS, invalidEntriesDir, validEntriesDir } from './helpers';

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeValidationError);
    return (error as KnowledgeValidationError).problems;
  }
  throw new Error('expected KnowledgeValidationError');
}

describe('loadKnowledge', () => {
  it('loads valid entries with per-language content and a summary', () => {
    const kb = loadKnowledge({ entriesDir: validEntriesDir, knownRegions: FIXTURE_REGIONS });
    expect(kb.entries).toHaveLength(7);
    const entry = kb.byId('tokyo-emergency-numbers')!;
    expect(entry.region).toBe('tokyo');
    expect(entry.topic).toBe('healthcare');
    expect(entry.checked).toBe('2026-11-01');
    expect(entry.content.ja.title).toBe('東京の緊急通報番号');
    expect(entry.content.de.questions).toContain('Notruf Japan Nummer');
    expect(entry.content.en.summary).toBe('Dial **119** for an ambulance or the fire brigade and 110 for the police.');
    expect(entry.sources[0]).toEqual({ url: 'https://example.org/tokyo-emergency-numbers', publisher: 'Example Authority' });
    expect(kb.byId('nope')).toBeUndefined();
    expect(kb.entriesFor({ region: 'nrw' }).map((e) => e.id).sort()).toEqual(
      ['both-contact-office', 'nrw-emergency-numbers', 'nrw-health-insurance', 'nrw-kita-childcare'],
    );
    expect(kb.entriesFor({ region: 'tokyo', topic: 'schooling' }).map((e) => e.id)).toEqual(['tokyo-nursery-childcare']);
  });

  it('collects every problem of every invalid entry in one typed error', () => {
    const problems = problemsOf(() => loadKnowledge({ entriesDir: invalidEntriesDir, knownRegions: FIXTURE_REGIONS }));
    const has = (file: string, text: string) =>
      expect(problems.some((p) => p.file.includes(file) && p.problem.includes(text)), `${file}: ${text}\n${JSON.stringify(problems, null, 1)}`).toBe(true);
    has('tokyo-missing-language/de.md', 'required language "de" missing');
    has('tokyo-missing-source/en.md', '"sources" missing');
    has('tokyo-missing-source/ja.md', '"sources" missing');
    has('nrw-missing-date/de.md', '"checked" date missing');
    has('nrw-bad-url/en.md', 'sources[0].url missing or not http(s)');
    has('nrw-unknown-topic/en.md', 'topic "cooking"');
    has('paris', 'not a known region');
    has('nrw-parity-mismatch/ja.md', 'source URLs differs');
    has('nrw-parity-mismatch/de.md', 'topic differs');
  });

  it('accepts a region once it is known (regions come from partnerships.json, not code)', () => {
    const { problems } = inspectKnowledge({ entriesDir: invalidEntriesDir, knownRegions: [...FIXTURE_REGIONS, 'paris'] });
    expect(problems.some((p) => p.file.includes('paris'))).toBe(false);
  });

  it('inspectKnowledge keeps the valid entries and reports the rest', () => {
    const { knowledge, problems } = inspectKnowledge({ entriesDir: invalidEntriesDir, knownRegions: FIXTURE_REGIONS });
    expect(knowledge.entries.map((e) => e.id)).toEqual([]);
    expect(problems.length).toBeGreaterThanOrEqual(8);
  });

  it('rejects a missing directory', () => {
    expect(() => loadKnowledge({ entriesDir: '/nonexistent/x', knownRegions: [] })).toThrow(KnowledgeValidationError);
  });
});

describe('entrySchema', () => {
  it('validates dates strictly', () => {
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('26-2-1')).toBe(false);
  });

  it('takes the first non-heading paragraph as summary', () => {
    expect(firstParagraph('# Title\n\nFirst para\nline two.\n\nSecond.')).toBe('First para\nline two.');
  });

  it('reports front matter problems per field', () => {
    const result = parseEntryFile('---\nid: x\nregion: tokyo\ntopic: company\n---\nBody', new Set(['tokyo']));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([
          '"title" missing or not a non-empty string',
          '"audience" missing or empty',
          '"questions" missing or empty',
          '"sources" missing: at least one {url, publisher}',
          '"checked" date missing',
        ]),
      );
    }
    expect(parseEntryFile('no front matter', new Set()).ok).toBe(false);
  });
});
