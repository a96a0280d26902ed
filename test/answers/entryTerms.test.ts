import { describe, expect, it } from 'vitest';
import { EntryTermsMemo } from '../../src/answers/entryTerms';
import { entrySections } from '../../src/knowledge/entrySections';
import { fixtureKnowledge } from '../knowledge/helpers';

describe('EntryTermsMemo', () => {
  const { knowledge, index } = fixtureKnowledge();
  const entry = knowledge.entries.find((e) => entrySections(e.content.en.answerMarkdown).length > 1) ?? knowledge.entries[0]!;

  it('gives the same words as analysing the entry texts directly, without repeats', () => {
    const memo = new EntryTermsMemo((text, language) => index.analyze(text, language, false));
    const content = entry.content.en;
    const terms = memo.of(entry, 'en');
    expect(terms.title).toEqual([...new Set(index.analyze(content.title, 'en', false))]);
    expect(terms.subject).toEqual([...new Set(index.analyze([content.title, ...content.questions].join('\n'), 'en', false))]);
    expect(terms.body).toEqual([...new Set(index.analyze(content.answerMarkdown, 'en', false))]);
    expect(terms.parts.map((part) => part.markdown)).toEqual(entrySections(content.answerMarkdown).map((section) => section.markdown));
    expect(terms.parts[0]!.terms).toEqual([...new Set(index.analyze(entrySections(content.answerMarkdown)[0]!.markdown, 'en', false))]);
  });

  it('analyses each text of an entry once, however often it is asked for', () => {
    let calls = 0;
    const memo = new EntryTermsMemo((text, language) => {
      calls++;
      return index.analyze(text, language, false);
    });
    for (let i = 0; i < 3; i++) void [memo.of(entry, 'en').body, memo.of(entry, 'en').subject, memo.of(entry, 'en').title];
    expect(calls).toBe(3);
    void memo.of(entry, 'en').body;
    expect(calls).toBe(3);
  });

  it('falls back to the English content for a language the entry lacks', () => {
    const memo = new EntryTermsMemo((text, language) => index.analyze(text, language, false));
    const missing = ['fr', 'ja', 'de'].find((language) => !entry.content[language]) ?? 'xx';
    expect(memo.of(entry, missing).title).toEqual([...new Set(index.analyze(entry.content.en.title, missing, false))]);
  });
});
