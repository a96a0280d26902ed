import { describe, expect, it } from 'vitest';
import { detectEmergency, isEmergency } from '../../src/knowledge/emergencyDetector';

describe('detectEmergency', () => {
  it.each([
    // Japanese
    ['救急車を呼んでください', '救急車'],
    ['夫が意識がない', '意識がない'],
    ['子供が息ができない！', '息ができない'],
    ['隣の家が火事です', '火事'],
    ['救急の番号は？', '救急'],
    ['父が倒れた', '倒れた'],
    ['１１９番に電話したい', '119'],
    // German
    ['Notfall! Bitte schnell', 'notfall'],
    ['Wir brauchen einen Krankenwagen', 'krankenwagen'],
    ['mein Mann ist BEWUSSTLOS', 'bewusstlos'],
    ['ich bekomme keine Luft', 'keine luft'],
    ['Verdacht auf Herzinfarkt', 'herzinfarkt'],
    ['Hilfe, es brennt', 'brennt'],
    ['Notarzt rufen', 'notarzt'],
    ['Krankenwagn bitte', 'krankenwagen'],
    ['bewustlos', 'bewusstlos'],
    ['Herzinfakt', 'herzinfarkt'],
    // English
    ['call an ambulance', 'ambulance'],
    ['I can’t breathe', "can't breathe"],
    ['i cant breathe', "can't breathe"],
    ['my friend is unconscious', 'unconscious'],
    ['he is having a heart attack', 'heart attack'],
    ['she is bleeding heavily', 'bleeding heavily'],
    ['FIRE in the building', 'fire'],
    ['ambulence pls', 'ambulance'],
    ['my friend is unconcious', 'unconscious'],
    // Safe side: a non-urgent mention also triggers.
    ['what is the emergency number for later', 'emergency'],
    // Accidents, injuries and a child not breathing, as people type them (issue 8 probe set).
    ['Düsseldorfで子どもが息してない', '息してない'],
    ['car accident on route 23 in Tsu, someone injured!!', 'car accident'],
    ['my son fell and is badly hurt', 'badly hurt'],
    ['Autounfall auf der A3, eine Person verletzt', 'autounfall'],
    ['mon fils est blessé, il saigne', 'blesse'],
    ['交通事故です、けがをした人がいます', '交通事故'],
    // A gas leak, a break-in, an accident named alone: numbers first, not a utilities or insurance entry.
    ['Unfall auf der A3 bei Köln, was tun?', 'unfall'],
    ['smell of gas in our apartment in Setagaya', 'smell of gas'],
    ['someone broke into our apartment in Düsseldorf', 'broke into'],
    ['部屋がガス臭い', 'ガス臭い'],
    ['cambriolage chez nous à Genève', 'cambriolage'],
  ])('%s → %s', (text, matched) => {
    expect(detectEmergency(text)).toEqual({ emergency: true, matched });
  });

  it.each([
    'Brauche ich einen Notar für die GmbH?',
    'Notarin Termin vereinbaren',
    'health insurance for my family',
    'Krankenversicherung wählen',
    '健康保険に入りたい',
    'how do I open a bank account',
    'Kita Anmeldung in Köln',
    'I was fired from my job',
    'Brandenburg or NRW?',
    'Hilfe beim Ausfüllen des Formulars',
    'notfalls per Post schicken',
    'ファイアウォールの設定',
    '#7119って何',
    'what is 7119 in tokyo',
    'call 116117 for a doctor',
    'the fireplace in the flat',
    'accident insurance for employees in Geneva',
    'Unfallversicherung für Mitarbeiter',
    'assurance accident obligatoire ?',
    '労災保険の手続き',
    'Arbeitsunfall melden, welche Versicherung?',
    'gas contract when moving in',
    'Gasanbieter wechseln',
    '',
  ])('does not trigger on %j', (text) => {
    expect(isEmergency(text)).toBe(false);
    expect(detectEmergency(text).matched).toBeUndefined();
  });
});
