import { describe, expect, it } from 'vitest';
import { normalizeUserText, removeSpans } from '../../src/conversation/textNormalizer';
import { readUserInput } from '../../src/conversation/userInput';
import { commandOf } from '../../src/conversation/commands';
import { languageCommand } from '../../src/conversation/languageCommand';

describe('normalizeUserText: what every reader of user input sees', () => {
  it.each([
    ['ｍｅｎｕ', 'menu'],
    ['ＭＥＮＵ！', 'MENU!'],
    ['\uFEFFmenu', 'menu'],
    ['me\u200Bn\u200Cu\u2060', 'menu'],
    ['  Deutsch \t\n bitte  ', 'Deutsch bitte'],
    ['日本語\u3000で', '日本語 で'],
    ['ﾒﾆｭｰ', 'メニュー'],
    ['\u202Emenu\u202C', 'menu'],
    ['menu 🙏🏽', 'menu'],
    ['Deutsch😊bitte', 'Deutsch bitte'],
    ['🇩🇪 Deutsch', 'Deutsch'],
    ['1️⃣', '1'],
    ['👨‍👩‍👧 Kita in Köln?', 'Kita in Köln?'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeUserText(raw)).toBe(expected);
  });

  it('drops placeholder spans by index and length, ignoring spans outside the text or overlapping', () => {
    expect(normalizeUserText('Deutsch bitte (love)', [{ index: 14, length: 6 }])).toBe('Deutsch bitte');
    expect(normalizeUserText('Deutsch(love)bitte', [{ index: 7, length: 6 }])).toBe('Deutsch bitte');
    expect(removeSpans('ab', [{ index: 1, length: 5 }, { index: -1, length: 1 }, { index: 0.5, length: 1 }, 'x'])).toBe('ab');
    expect(removeSpans('abcdef', [{ index: 1, length: 3 }, { index: 2, length: 3 }], '')).toBe('abf');
  });

  it('commands and language switches are recognised from the normalised input, while the original is kept', () => {
    const input = readUserInput({ text: 'Deutsch bitte (love)', placeholders: [{ index: 14, length: 6 }] }, undefined);
    expect(input.text).toBe('Deutsch bitte');
    expect(input.original).toBe('Deutsch bitte (love)');
    expect(languageCommand(input.text)).toBe('de');
    expect(commandOf(readUserInput({ text: 'ｍｅｎｕ' }, undefined).text)).toBe('menu');
    expect(readUserInput({ text: '２' }, [{ label: 'Tokyo', action: 'region:tokyo' }, { label: 'NRW', action: 'region:nrw' }])).toMatchObject({ kind: 'action', action: 'region:nrw' });
  });
});
