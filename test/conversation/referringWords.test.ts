/** The words that point back at the last answer (intents.json `referringWords`), read from a message in any language. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntentExamples } from '../../src/conversation/understanding/intentExamples';
import { referringWordTest } from '../../src/conversation/understanding/referringWords';

const refersBack = referringWordTest(loadIntentExamples(path.resolve('knowledge/intents.json')).referringWords);

describe('referringWordTest', () => {
  it.each(['how much of that do i have to pay in before registration?', "c'est où ce bureau ?", 'それっていくら？', 'wie lange dauert das?'])('%j points back', (text) => {
    expect(refersBack(text)).toBe(true);
  });
  it.each(['what does a GmbH cost in Köln?', 'quelle est la cellule', 'Thatcher', '株式会社の資本金は？'])('%j does not', (text) => {
    expect(refersBack(text)).toBe(false);
  });
});
