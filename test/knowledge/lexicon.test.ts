import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/knowledge/lexicon';
import { LexiconFileError } from '../../src/knowledge/errors';

describe('Lexicon (knowledge/lexicon/<lang>.json)', () => {
  const lexicon = new Lexicon([
    { language: 'ko', terms: { '자본금': 'capital', '주식회사': 'stock company', '회사': 'company' } },
    { language: 'es', words: ['el'], terms: { 'registr*': 'registration', 'cuánto cuesta': 'cost' } },
  ]);

  it('matches Hangul inside words, longest term first, each span once', () => {
    expect(lexicon.englishTerms('도쿄에서 주식회사 설립 최소 자본금은?', 'ko')).toEqual(['stock company', 'capital']);
  });

  it('matches Latin terms as whole words or by stem, ignoring accents and case', () => {
    expect(lexicon.englishTerms('Cuanto cuesta? tengo que registrarme', 'es')).toEqual(['cost', 'registration']);
    expect(lexicon.englishTerms('preregistro', 'es')).toEqual([]);
  });

  it('lets one short linking word stand between the words of a Latin phrase', () => {
    const phrases = new Lexicon([{ language: 'pt', terms: { 'seguro saude': 'health insurance', 'seguro*': 'insurance' } }]);
    expect(phrases.englishTerms('o seguro de saúde é obrigatório?', 'pt')).toEqual(['health insurance']);
    expect(phrases.englishTerms('seguro para o carro e saúde', 'pt')).toEqual(['insurance']);
  });

  it('does not join the words on either side of a matched term into a phrase', () => {
    const vi = new Lexicon([{ language: 'vi', terms: { 'đầu tư': 'investors', 'đi học': 'school enrolment', 'bắt buộc': 'mandatory' } }]);
    // "bắt đầu" (begin) … "từ" (from): with "đi học bắt buộc" consumed between them, no "đầu tư" (invest).
    expect(vi.englishTerms('trẻ em bắt đầu đi học bắt buộc từ mấy tuổi?', 'vi')).toEqual(['school enrolment', 'mandatory']);
    expect(vi.englishTerms('đầu tư vào Geneva', 'vi')).toEqual(['investors']);
  });

  it('knows nothing of a language without a file', () => {
    expect(lexicon.englishTerms('자본금', 'xx')).toEqual([]);
    expect(lexicon.wordsOf('es')).toContain('el');
  });

  it('refuses a file whose language is not its name, or whose translation is not English words', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
    fs.writeFileSync(path.join(dir, 'ko.json'), JSON.stringify({ language: 'zh', terms: { '비자': '签证' } }));
    expect(() => Lexicon.loadDir(dir)).toThrow(LexiconFileError);
    expect(() => Lexicon.loadDir(dir)).toThrow(/"language" must be "ko".*not plain English/);
  });

  it('every shipped lexicon loads', () => {
    const shipped = Lexicon.loadDir(path.join(import.meta.dirname, '../../knowledge/lexicon'));
    expect(shipped.languages).toEqual(expect.arrayContaining(['ko', 'zh', 'es', 'tr', 'vi', 'fr', 'it', 'pt']));
  });
});
