/**
 * The words a follow-up may swap into the last question ("und eine UG?", "SAだと？"): only a bare alternative, only for
 * a word of its group the last question used, and a two-letter abbreviation only as written ("sa femme" is no SA).
 */
import { describe, expect, it } from 'vitest';
import { AlternativeSwap, FollowUpAlternativesError, parseFollowUpAlternatives } from '../../src/answers/alternativeSwap';

const swap = new AlternativeSwap([['GmbH', 'UG', 'KK', 'GK', '株式会社', 'SA', 'Sàrl'], ['dog', 'cat']]);
const nothingElse = () => false;

describe('alternatives in a follow-up', () => {
  it('rewrites the last question with the alternative in place of the word of its group', () => {
    expect(swap.swap('and a KK?', 'what does founding a GK in Tokyo cost?', nothingElse)?.question).toBe('what does founding a kk in tokyo cost?');
    expect(swap.swap('SAだと？', 'ジュネーブでSàrlの資本金はいくら？', nothingElse)?.question).toBe('ジュネーブでsaの資本金はいくら?');
    expect(swap.swap('und eine UG?', 'Was kostet eine GmbH-Gründung?', nothingElse)?.question).toBe('was kostet eine ug-gründung?');
  });

  it('leaves a follow-up alone when it says more, names no alternative, or the last question used none of its group', () => {
    expect(swap.swap('and a KK, how long?', 'what does founding a GK cost?', (rest) => /long/.test(rest))).toBeUndefined();
    expect(swap.swap('and how long?', 'what does founding a GK cost?', nothingElse)).toBeUndefined();
    expect(swap.swap('and a cat?', 'what does founding a GK cost?', nothingElse)).toBeUndefined();
  });

  it('reads a two-letter abbreviation only as written: "sa femme" names no SA', () => {
    expect(swap.swap('et pour sa femme ?', 'quel capital pour une Sàrl ?', nothingElse)).toBeUndefined();
    expect(swap.swap('et une SA ?', 'quel capital pour une Sàrl ?', nothingElse)?.alternative).toBe('sa');
  });

  it('refuses a malformed list', () => {
    expect(parseFollowUpAlternatives(undefined)).toEqual([]);
    expect(() => parseFollowUpAlternatives([['GmbH']])).toThrow(FollowUpAlternativesError);
    expect(() => parseFollowUpAlternatives({})).toThrow(FollowUpAlternativesError);
  });
});
