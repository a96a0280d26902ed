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

describe('a question about who the contact is, not a hand-over request (issue 8)', () => {
  it.each([
    'Wer ist laut Absichtserklärung Ansprechpartner auf NRW-Seite?',
    'Welche Ansprechstelle ist für Tokio zuständig?',
    'NRW側の担当者は誰ですか？',
    '担当窓口はどこですか',
  ])('%j is a question for the knowledge', (text) => {
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
