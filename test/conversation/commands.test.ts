import { describe, expect, it } from 'vitest';
import { commandOf } from '../../src/conversation/commands';

describe('hand-over requests phrased as a call-back (issue 8)', () => {
  it.each([
    'Kann mich bitte jemand vom Büro anrufen?',
    'Rückruf bitte',
    'can someone call me back?',
    'please call us tomorrow',
    'Quelqu\'un peut me rappeler ?',
    '折り返しお願いします',
    '担当から電話をください',
  ])('%j asks for a person', (text) => {
    expect(commandOf(text)).toBe('human');
  });

  it.each([
    'Wie rufe ich den Notruf an?',
    'how do I call 116117 for a doctor',
    '116117に電話して予約できる？',
    'comment appeler le 15 ?',
    'Wann muss ich die Ausländerbehörde anrufen?',
  ])('%j is a question, not a hand-over', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });
});

describe('a question about who the contact is asks for a person (issue 8)', () => {
  it.each([
    'Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?',
    'Welche Ansprechstelle ist für Tokio zuständig?',
    'NRW側の担当者は誰ですか？',
    "who's our contact person in Geneva? phone number?",
    'quel est mon interlocuteur à Paris ?',
  ])('%j is a hand-over request (answered first, then offered)', (text) => {
    expect(commandOf(text)).toBe('human');
  });

  it.each([
    'which tokyo government office do I contact as a company from NRW?',
    'how do I contact the Bürgerbüro in Düsseldorf?',
    '外国人向けの相談窓口はどこですか',
  ])('%j is a question: "contact" as a verb, or a service desk', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });

  it.each([
    'Ich brauche einen Ansprechpartner',
    'Kann ich mit einem Ansprechpartner sprechen?',
    'Kann ich mit jemand von NRW.Global sprechen?',
    '担当者と話したい',
    'Wer kann mich mit einem Ansprechpartner verbinden?',
  ])('%j asks for a person', (text) => {
    expect(commandOf(text)).toBe('human');
  });
});

describe('a wish for a person in a longer message or in other words (issue 8)', () => {
  it.each([
    'Ich bräuchte einen persönlichen Ansprechpartner in Köln – wir sind ein Maschinenbauer aus Osaka und planen dort eine Vertriebsniederlassung',
    'gibt es jemanden bei der Stadt Tsu, mit dem ich persönlich über die Ansiedlung unserer Fertigung sprechen könnte?',
    "je souhaiterais un interlocuteur chez Choose Paris Region pour notre projet d'usine",
    'パリ地域の誘致機関の方と話したいです',
    "est-ce que je peux avoir un rendez-vous avec quelqu'un à Genève ?",
  ])('%j asks for a person', (text) => {
    expect(commandOf(text)).toBe('human');
  });
});

describe('who looks after the asker (issue 8): a question for the contact, answered and then offered the hand-over', () => {
  it.each([
    'wir sind ein zulieferer aus bielefeld – wer bei der stadtregierung tokio kümmert sich um uns?',
    'who at the tokyo government will look after our company?',
    "qui s'occupe de nous à Genève ?",
    '東京都で誰が私たちの担当になりますか',
  ])('%j asks for a person', (text) => {
    expect(commandOf(text)).toBe('human');
  });

  it.each([
    'wer kümmert sich um die Anmeldung in Köln?',
    'who takes care of the garbage collection in Tsu?',
  ])('%j asks about a service', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });
});
