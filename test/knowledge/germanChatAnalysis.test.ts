/**
 * Issue 8: German as people type it on LINE. The analysis must let "Mitarbeiterin" meet "Mitarbeiter", split a
 * question's compound whose head no entry uses ("krankenkassenwechsel") by its known leading part without counting
 * the unknown whole word, drop chat filler ("gibts", "ne", "is"), and tell German from its spelling without umlauts.
 */
import { describe, expect, it } from 'vitest';
import { analyze, unknownCompoundParts, verbalNounsOf } from '../../src/knowledge/analysis/analyzer';
import { separableVerbStems } from '../../src/knowledge/analysis/separableVerbs';
import { CompoundSplitter } from '../../src/knowledge/analysis/compounds';
import { stemGerman } from '../../src/knowledge/analysis/stemmers';
import { compoundHeads, spellingVariants } from '../../src/conversation/understanding/wordVariants';

describe('German chat analysis', () => {
  it('chat filler of a change of mind ("ach nee, doch lieber …", "oh well, rather …", "bah non, plutôt …") leaves only the subject', () => {
    expect(analyze('ach nee, doch lieber eine KK, wie viel kapital?', 'de', { bigrams: false })).toEqual(['kk', 'kapital']);
    expect(analyze('oh hmm, actually rather a GK', 'en', { bigrams: false })).toEqual(['gk']);
    expect(analyze('bah non, plutôt une SAS', 'fr', { bigrams: false })).not.toContain('plutot');
  });

  it('chat forms of "brauchen" and "welchem/welchen" are no subject words; nor are Japanese "じゃ(なく)" and "つもり"', () => {
    expect(analyze('welche unterlagen brauch ich, und bei welchem amt?', 'de', { bigrams: false })).toEqual(['unterlag', 'amt']);
    expect(analyze('braucht man das?', 'de', { bigrams: false })).toEqual([]);
    const japanese = analyze('横浜じゃなくて東京で会社を作るつもり', 'ja', { bigrams: false });
    expect(japanese).toContain('会社');
    expect(japanese).not.toContain('じゃ');
    expect(japanese).not.toContain('つもり');
  });

  it('feminine person nouns meet the masculine form; other words in "-in" are kept', () => {
    expect(stemGerman('mitarbeiterin')).toBe(stemGerman('mitarbeiter'));
    expect(stemGerman('mitarbeiterinnen')).toBe(stemGerman('mitarbeiter'));
    expect(stemGerman('arztin')).toBe(stemGerman('arzt'));
    expect(stemGerman('termin')).not.toBe(stemGerman('term'));
    expect(analyze('Medizin', 'de')).toEqual(['medizi']);
  });

  it("a question's compound with an unknown head is searched by its known leading part, not as an unknown word", () => {
    const splitter = new CompoundSplitter(['krankenkasse', 'aufenthaltstitel', 'versicherung']);
    expect(analyze('krankenkassenwechsel', 'de', { compounds: splitter, query: true })).toEqual([stemGerman('krankenkasse'), stemGerman('wechsel')]);
    expect(analyze('aufenthaltstitelverlaengerung', 'de', { compounds: splitter, query: true })).toContain(stemGerman('aufenthaltstitel'));
    // Entry text is not split that way, and a known word stays whole.
    expect(analyze('krankenkassenwechsel', 'de', { compounds: splitter })).toEqual([stemGerman('krankenkassenwechsel')]);
    expect(analyze('Krankenkassen', 'de', { compounds: splitter, query: true })).toContain(stemGerman('krankenkasse'));
  });

  it('drops chat filler words', () => {
    expect(analyze('gibts ne UG mit 1 euro', 'de')).toEqual(['ug', '1', 'euro']);
    expect(analyze('was is besser', 'de')).toEqual([stemGerman('besser')]);
  });

  it('an unknown typed word is looked up without umlaut transliteration, in other inflections and by its head', () => {
    expect(spellingVariants('muelltrennung')[0]).toBe('mulltrennung');
    expect(spellingVariants('impfung')).toContain('impfungen');
    expect(compoundHeads('krankenkassenwechsel')).toContain('wechsel');
    expect(compoundHeads('aufenthaltstitelverlaengerung')).toContain('verlangerung');
  });
});

describe('German chat analysis: separable verbs, participles, short compound modifiers', () => {
  const splitter = new CompoundSplitter(['anmelden', 'anmeldung', 'melden', 'krankenversicherung', 'versicherung', 'registrierung', 'mull', 'trennung', 'mulltrennung', 'eine']);

  it('a colloquial separable verb ("meld … an") is joined when a conjunction starts the next clause', () => {
    expect(separableVerbStems('wie meld ich mich in köln an und was muss ich da mitbringen', splitter)).toEqual(['anmeld']);
    expect(separableVerbStems('ich melde mich an, weil ich umziehe', splitter)).toEqual(['anmeld']);
    expect(analyze('wie meld ich mich in köln an und was muss ich da mitbringen', 'de', { compounds: splitter, query: true })).toContain('anmeld');
  });

  it('a participle without "ge-" also searches its verb\'s noun in "-ung" when the entries use it', () => {
    expect(analyze('bin ich krankenversichert?', 'de', { compounds: splitter, query: true })).toContain('krankenversicherung');
    expect(analyze('ist die firma registriert', 'de', { compounds: splitter, query: true })).toContain('registrierung');
    expect(verbalNounsOf('bin ich automatisch krankenversichert', splitter)).toEqual(['krankenversicherung']);
    // A "ge-" participle names a past action, not a state: "Hund angemeldet?" is no question about the Anmeldung.
    expect(analyze('Hund angemeldet?', 'de', { compounds: splitter, query: true })).not.toContain('anmeldung');
    // Entry text is not changed.
    expect(analyze('versichert', 'de', { compounds: new CompoundSplitter(['versicherung']) })).not.toContain('versicherung');
  });

  it('an unknown compound is searched by a known four-letter leading part without a linking element, never a function word', () => {
    expect(splitter.splitQueryWord('mullsortierung')).toEqual(['mull', 'sortierung']);
    expect(splitter.splitQueryWord('einerseits')).toEqual([]);
    expect(unknownCompoundParts('müllsortierung in tokyo', splitter)).toEqual(['mull', 'sortierung']);
  });
});
