/**
 * Issue 8, other languages: what a message shares with every language (names, Latin terms, numbers) is searched in
 * English. A word capitalised only because it starts a sentence is an ordinary word of the asker's language, unless
 * our content uses it ("Kita in Köln?").
 */
import { describe, expect, it } from 'vitest';
import { sharedTerms } from '../../src/answers/crossLingualQuery';

describe('shared terms of a message in another language', () => {
  const known = (word: string) => ['kita', 'gmbh'].includes(word.toLowerCase());

  it('keeps names, terms with inner capitals and numbers; drops a sentence-initial ordinary word', () => {
    expect(sharedTerms('Quanto tempo tenho para o seguro em Genebra? Qual o prazo?', known)).toBe('Genebra');
    expect(sharedTerms('Kita in Köln? Con tôi 3 tuổi', known)).toBe('Kita Köln 3');
    expect(sharedTerms('cuánto cuesta una GmbH en Colonia', known)).toBe('GmbH Colonia');
  });

  it('keeps a term of our content typed in lower case, as on LINE, from five letters on', () => {
    const ours = (word: string) => ['deutschlandticket', 'para', 'kita'].includes(word.toLowerCase());
    expect(sharedTerms('quanto custa o deutschlandticket agora?', ours)).toBe('deutschlandticket');
    // "para" is spelt like a word of ours but is Portuguese; a short word is not taken for one of ours.
    expect(sharedTerms('tenho para fazer', ours)).toBe('');
  });

  it('a name with a Turkish case ending after an apostrophe is the name, also at the start of a sentence', () => {
    const places = (word: string) => ['köln', 'anmeldung'].includes(word.toLowerCase());
    expect(sharedTerms("Köln'de Anmeldung nasıl yapılır?", places)).toBe('Köln Anmeldung');
    expect(sharedTerms("Tokyo'da şirket kurmak", () => false)).toBe('');
  });

  it('without a vocabulary to ask, keeps every capitalised word as before', () => {
    expect(sharedTerms('Quanto custa uma GmbH?')).toBe('Quanto GmbH');
  });
});
