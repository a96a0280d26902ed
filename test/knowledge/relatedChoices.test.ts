/** Choices after an answer: the entry's own `related` list first, in order, then its topic in its region. */
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { KnowledgeAnswerer } from '../../src/answers/knowledgeAnswerer';
import { emptyIntentExamples } from '../../src/conversation/understanding/intentExamples';
import { loadPartnerships } from '../../src/partnerships/partnerships';
import { fixtureKnowledge, repoRoot } from './helpers';
import { parseEntryFile } from '../../src/knowledge/entrySchema';

const { knowledge, index, aliases } = fixtureKnowledge();
const regions = loadPartnerships(path.join(repoRoot, 'knowledge/partnerships.json')).regions;
const answerer = new KnowledgeAnswerer({
  knowledge: { knowledge, index, aliases, problems: [], intents: emptyIntentExamples() },
  regions,
  logger: pino({ level: 'silent' }),
});
const t = ((key: string) => key) as never;

describe('related choices', () => {
  it('offers the front matter `related` entries first, in their order', async () => {
    const reply = await answerer.answerEntry('nrw-health-insurance', { text: '', language: 'en', messageLanguage: 'en', regionId: 'nrw', t });
    const offered = (reply?.choices ?? []).map((choice) => choice.action).filter((action) => action.startsWith('entry:'));
    expect(offered.slice(0, 2)).toEqual(['entry:nrw-kita-childcare', 'entry:nrw-emergency-numbers']);
  });

  it('without `related`, offers the same topic in the same region, never another region', async () => {
    const reply = await answerer.answerEntry('nrw-emergency-numbers', { text: '', language: 'en', messageLanguage: 'en', regionId: 'nrw', t });
    const offered = (reply?.choices ?? []).map((choice) => choice.action).filter((action) => action.startsWith('entry:'));
    expect(offered).toContain('entry:nrw-health-insurance');
    expect(offered.join(' ')).not.toMatch(/tokyo/);
  });

  it('a `related` that is not a list of ids is refused', () => {
    const file = '---\nid: x\nregion: nrw\ntopic: company\naudience: [company]\ntitle: T\nquestions: [q]\nrelated: 5\nsources:\n  - url: https://example.org\n    publisher: P\nchecked: 2026-11-01\n---\nBody.';
    const result = parseEntryFile(file, new Set(['nrw']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join()).toMatch(/related/);
  });
});
