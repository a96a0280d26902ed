import { describe, expect, it } from 'vitest';
import { redactQuestion } from '../../src/insights/redaction';

describe('redactQuestion', () => {
  it.each([
    ['I am Anna Schmidt, call me on +49 211 1234567 or anna.schmidt@example.org', ['Anna', 'Schmidt', '1234567', 'anna.schmidt@example.org']],
    ['Ich heiße Jonas Becker und brauche eine Kita in Köln, Tel. 0211/123 4567', ['Jonas', 'Becker', '123 4567']],
    ['Je m’appelle Claire, je suis Mme Dubois, mon numéro: 06 12 34 56 78', ['Dubois', '06 12 34 56 78']],
    ['田中と申します。デュッセルドルフで会社を作りたい 090-1234-5678', ['田中', '090-1234-5678']],
    ['私は山田です。山本さんに東京の法務局を紹介されました', ['山田', '山本']],
    ['Can John Smith open a GmbH in Essen?', ['John Smith']],
    ['my residence card number is AB12345678CD', ['12345678']],
  ])('%s', (text, secrets) => {
    const redacted = redactQuestion(text);
    for (const secret of secrets) expect(redacted).not.toContain(secret);
    expect(redacted).toMatch(/\[(name|phone|email|number)\]/);
  });

  it('keeps the question itself: places, terms, figures and years', () => {
    expect(redactQuestion('Minimum capital for a GmbH in Düsseldorf in 2026: 25000 euro?')).toBe('Minimum capital for a GmbH in Düsseldorf in 2026: 25000 euro?');
    expect(redactQuestion('東京で合同会社を作るのに何日かかる？')).toBe('東京で合同会社を作るのに何日かかる？');
  });

  it('removes the display name the channel gave, wherever it appears', () => {
    expect(redactQuestion('hi, Sakura Ito here: is there a Japanese school near Essen?', 'Sakura Ito')).not.toContain('Sakura');
  });
});
