import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/knowledge/aliases';
import { analyze } from '../../src/knowledge/analysis/analyzer';
import { CompoundSplitter } from '../../src/knowledge/analysis/compounds';
import { stemEnglish, stemGerman } from '../../src/knowledge/analysis/stemmers';
import { confidences } from '../../src/knowledge/confidence';
import { AliasFileError } from '../../src/knowledge/errors';
import path from 'node:path';
import { repoRoot } from './helpers';

describe('analysis', () => {
  it('segments Japanese and adds kanji bigrams, dropping particles', () => {
    const terms = analyze('住民票の取り方を教えて', 'ja');
    expect(terms).toEqual(expect.arrayContaining(['住民', '民票', '住民票']));
    expect(terms).not.toContain('の');
    expect(terms).not.toContain('を');
  });

  it('reads the four spellings of a Japanese counter alike: a deposit of "何ヶ月" meets "3か月分"', () => {
    for (const spelling of ['何ヶ月', '何ケ月', '何カ月', '何ヵ月']) expect(analyze(`敷金は${spelling}？`, 'ja')).toContain('月');
    expect(analyze('家賃3ヶ月分', 'ja')).toEqual(analyze('家賃3か月分', 'ja'));
    // A place name with ヶ keeps it.
    expect(analyze('霞ヶ関', 'ja')).toContain('霞ヶ関');
  });

  it('leaves out the generic verbs of asking (探す, 始める, 手伝う) and makes no bigram across them', () => {
    expect(analyze('子どものKita探したい', 'ja')).toEqual(['子ども', 'kita']);
    const school = analyze('子どもの学校探し手伝って', 'ja');
    expect(school).toEqual(expect.arrayContaining(['子ども', '学校']));
    for (const junk of ['探', '校探', '学校探', '手伝', '手', '伝']) expect(school).not.toContain(junk);
    // 作る stays: "GKを作る" is founding one.
    expect(analyze('Kölnで会社を作りたいです。何から始めればいい？', 'ja')).toEqual(['koeln', '会社', '作り']);
    // A noun made of such a verb stays whole ("家探し" is house hunting), and "手続き" keeps its 手.
    expect(analyze('家探し中', 'ja')).toContain('家探し');
    expect(analyze('手続きを始める', 'ja')).toContain('手続き');
  });

  it('drops a stop word with a contracted "is" ("what\'s #7119?" asks about 7119 alone)', () => {
    expect(analyze("what's #7119?", 'en')).toEqual(['7119']);
    expect(analyze("there's a problem", 'en')).toEqual(['problem']);
  });

  it('folds German umlaut spellings and stems', () => {
    expect(analyze('Führerschein', 'de')).toEqual(analyze('Fuehrerschein', 'de'));
    expect(analyze('Fuhrerschein', 'de')).toEqual(analyze('FÜHRERSCHEIN', 'de'));
    expect(stemGerman('versicherungen')).toBe(stemGerman('versicherung'));
    expect(analyze('die Straße', 'de')).toEqual(analyze('Strasse', 'de'));
  });

  it('splits German compounds against the vocabulary', () => {
    const splitter = new CompoundSplitter(['versicherung', 'kranken', 'karte']);
    expect(splitter.split('krankenversicherung').sort()).toEqual(['kranken', 'versicherung']);
    expect(splitter.split('krankenversicherungskarte')).toEqual(expect.arrayContaining(['karte', 'versicherung']));
    expect(splitter.split('notar')).toEqual([]);
    expect(analyze('Krankenversicherung', 'de', { compounds: splitter })).toContain(stemGerman('versicherung'));
  });

  it('stems English and removes stop words', () => {
    expect(stemEnglish('companies')).toBe(stemEnglish('company'));
    expect(stemEnglish('registering')).toBe(stemEnglish('register'));
    // A short verb's -ed and -ing forms meet its base form ("just moved to Shinagawa" finds "move in").
    expect(stemEnglish('moved')).toBe(stemEnglish('move'));
    expect(stemEnglish('moving')).toBe(stemEnglish('move'));
    expect(stemEnglish('hired')).toBe(stemEnglish('hire'));
    expect(stemEnglish('string')).toBe('string');
    // Irregular plurals and the everyday word for a child meet their entries' words.
    expect(stemEnglish('children')).toBe(stemEnglish('child'));
    expect(stemEnglish('kids')).toBe(stemEnglish('child'));
    expect(stemEnglish('kid')).toBe(stemEnglish('children'));
    // A daughter or a son asked about is a child to our entries; possessives say nothing.
    expect(analyze("where do i take my daughter for her vaccinations?", 'en')).toEqual(['take', 'child', 'vaccination']);
    expect(analyze('wo kann meine Tochter geimpft werden?', 'de')).toContain(analyze('Kind', 'de')[0]);
    expect(analyze('Impfungen für Söhne und Töchter', 'de').filter((term) => term === analyze('Kinder', 'de')[0])).toHaveLength(2);
    expect(analyze('vacciner ma fille', 'fr')).toContain(analyze('enfant', 'fr')[0]);
    // "machen" (to do) and "danach" (afterwards) say nothing of the subject: "was muss ich beim Finanzamt machen?" is about the Finanzamt.
    expect(analyze('und danach, was muss ich beim Finanzamt machen?', 'de')).toEqual(analyze('Finanzamt', 'de'));
    expect(analyze('how do I open the account', 'en')).toEqual([stemEnglish('open'), stemEnglish('account')]);
  });

  it('handles mixed scripts', () => {
    expect(analyze('ビザ visa 申請', 'ja')).toEqual(expect.arrayContaining(['ビザ', 'visa', '申請']));
    expect(analyze('Wo ist das 法務局', 'de')).toContain('法務局');
  });
});

describe('aliases', () => {
  const aliases = AliasTable.load(path.join(repoRoot, 'knowledge/aliases.json'));
  it('has about 40+ groups and expands across languages', () => {
    expect(aliases.groups.length).toBeGreaterThanOrEqual(40);
    expect(aliases.expansionsFor('Wo ist das Rechtsamt?')).toEqual(expect.arrayContaining(['法務局', 'Legal Affairs Bureau']));
    expect(aliases.expansionsFor('住民票')).toEqual(expect.arrayContaining(['Anmeldung', 'residence registration']));
    expect(aliases.expansionsFor('Krankenkassen')).toEqual(expect.arrayContaining(['健康保険', 'health insurance']));
  });
  it('matches short terms as whole words only', () => {
    expect(aliases.groupsIn('taking a kit').map((g) => g.id)).not.toContain('nursery');
    expect(aliases.groupsIn('Kitas in Köln').map((g) => g.id)).toContain('nursery');
  });
  it('rejects malformed files', () => {
    expect(() => AliasTable.load(path.join(repoRoot, 'package.json'))).toThrow(AliasFileError);
  });
});

describe('confidence', () => {
  it('is 1 for a clear full match and lower for close ties and partial matches', () => {
    expect(confidences([{ score: 10, coverage: 1 }, { score: 4, coverage: 0.5 }])[0]).toBe(1);
    const tie = confidences([{ score: 10, coverage: 1 }, { score: 9.5, coverage: 1 }]);
    expect(tie[0]).toBeLessThan(0.6);
    expect(confidences([{ score: 10, coverage: 0.25 }])[0]).toBeCloseTo(0.25 ** 0.75, 5);
    expect(confidences([])).toEqual([]);
  });
});

describe('French questions (analysed with the English analysis)', () => {
  it('leave only their content words: function words and elisions go', () => {
    expect(analyze("c'est quoi la PUMa ?", 'fr', { bigrams: false })).toEqual(['puma']);
    expect(analyze("l'assurance maladie", 'fr', { bigrams: false })).toEqual(analyze('assurance maladie', 'fr', { bigrams: false }));
    expect(analyze("Formulaire d'arrivée", 'fr', { bigrams: false })).toContain(analyze('arrivée', 'fr', { bigrams: false })[0]);
  });
});
