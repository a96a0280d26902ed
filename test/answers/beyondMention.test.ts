/**
 * "Not only X" wants more than X: X leaves the searched text, the rest chooses the entry (issue 8, diagnosis set
 * blind15: "…bitte überblick, nicht nur notar" got the notary-fee entry instead of the founding steps).
 */
import { describe, expect, it } from 'vitest';
import { withoutNotOnly } from '../../src/answers/beyondMention';

describe('withoutNotOnly', () => {
  it.each([
    ['was brauche ich alles um in tokyo eine firma zu gründen? bitte überblick, nicht nur notar', 'notar'],
    ['not just the notary, what are all the steps for a GmbH in Köln?', 'notary'],
    ['pas seulement le capital, quelles étapes pour une SAS ?', 'capital'],
    ['公証人だけじゃなくて全体の流れを知りたい', '公証人'],
  ])('takes the words wanted beyond out of %j', (text, word) => {
    const rest = withoutNotOnly(text);
    expect(rest).not.toContain(word);
    expect(rest.length).toBeGreaterThan(0);
  });

  it.each(['is it not only for residents?', 'kein Notfall, aber wo ist ein Arzt?', 'what does a notary cost?'])('leaves %j as it is', (text) => {
    expect(withoutNotOnly(text)).toBe(text);
  });
});
