import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/conversation/languageResolver';
import { detectLanguage } from '../../src/conversation/languageDetector';
import { languageCommand } from '../../src/conversation/languageCommand';

describe('language resolution', () => {
  it.each([
    ['Deutsch bitte', 'de'],
    ['auf Deutsch', 'de'],
    ['日本語で', 'ja'],
    ['日本語でお願いします', 'ja'],
    ['English please', 'en'],
    ['in English', 'en'],
    ['英語で', 'en'],
    ['Can you speak Japanese?', 'ja'],
  ])('"%s" is an explicit switch to %s', (text, language) => {
    expect(languageCommand(text)).toBe(language);
    expect(resolveLanguage({ text, savedLanguage: 'en' })).toMatchObject({ language, source: 'explicit', explicit: true });
  });

  it.each(['Is there a German school in Tokyo?', 'Gibt es eine japanische Schule?', 'ドイツ語の学校はありますか'])(
    '"%s" mentions a language but is a question',
    (text) => {
      expect(languageCommand(text)).toBeUndefined();
    },
  );

  it('answers a German message from an en-US browser in German', () => {
    expect(resolveLanguage({ text: 'Wo finde ich einen Kinderarzt in Düsseldorf?', channelLocale: 'en-US' })).toMatchObject({
      language: 'de',
      source: 'message',
    });
  });

  it('a one-word message keeps the saved language', () => {
    expect(resolveLanguage({ text: 'Hallo', savedLanguage: 'ja', channelLocale: 'de-DE' })).toMatchObject({ language: 'ja', source: 'saved' });
    expect(resolveLanguage({ text: 'Kita', savedLanguage: 'en' })).toMatchObject({ language: 'en', source: 'saved' });
  });

  it('a clear message beats the saved preference', () => {
    expect(resolveLanguage({ text: 'How do I register my address?', savedLanguage: 'de' }).language).toBe('en');
    expect(resolveLanguage({ text: '住民登録はどこでできますか', savedLanguage: 'de' }).language).toBe('ja');
  });

  it('a message of words all our languages share keeps the conversation\'s language, but decides a first message', () => {
    const weakGerman = () => ({ language: 'de', clear: true, weak: true });
    expect(resolveLanguage({ text: 'in NRW, a GmbH', savedLanguage: 'en', detect: weakGerman })).toMatchObject({ language: 'en', source: 'saved' });
    expect(resolveLanguage({ text: 'in NRW, a GmbH', channelLocale: 'en-US', detect: weakGerman })).toMatchObject({ language: 'de', source: 'message' });
  });

  it('falls back to the channel locale, then English', () => {
    expect(resolveLanguage({ text: 'ok', channelLocale: 'ja-JP' })).toMatchObject({ language: 'ja', source: 'channel' });
    expect(resolveLanguage({ text: 'ok', channelLocale: 'fr-FR' })).toMatchObject({ language: 'fr', source: 'channel' });
    expect(resolveLanguage({ text: 'ok', channelLocale: 'pt-BR' })).toMatchObject({ language: 'en', source: 'default' });
  });

  it('a clear French message is answered in French (French is a UI language since its locale folder exists)', () => {
    expect(resolveLanguage({ text: 'Bonjour, comment je trouve un médecin pour mon enfant ?' })).toMatchObject({
      language: 'fr',
      messageLanguage: 'fr',
    });
  });

  it('a clear Spanish message (no locale folder) is answered in English and marked as Spanish', () => {
    expect(resolveLanguage({ text: 'Hola, necesito un médico para mi hijo, ¿dónde está?' })).toMatchObject({ language: 'en', messageLanguage: 'es' });
  });

  it.each([
    ['en français', 'fr'],
    ['français s\'il vous plaît', 'fr'],
    ['En français svp', 'fr'],
    ['フランス語で', 'fr'],
    ['French please', 'fr'],
  ])('"%s" switches to %s', (text, language) => {
    expect(resolveLanguage({ text, savedLanguage: 'ja' })).toMatchObject({ language, source: 'explicit', explicit: true });
  });

  it('Japanese needs kana: Han-only text is Chinese, answered in English with the note', () => {
    expect(detectLanguage('我想在东京开公司')).toMatchObject({ language: 'zh', clear: true });
    expect(resolveLanguage({ text: '我想在东京开公司', channelLocale: 'ja-JP' })).toMatchObject({ language: 'en', messageLanguage: 'zh' });
    expect(resolveLanguage({ text: 'デュッセルドルフで会社を作りたい' })).toMatchObject({ language: 'ja', messageLanguage: 'ja' });
  });

  it('a place written in Han inside a Latin-script sentence does not make it Chinese', () => {
    expect(detectLanguage("Just landed in 一身田, where's the city office to register?")).toMatchObject({ language: 'en', clear: true });
    expect(detectLanguage('Wo ist das 区役所 in Setagaya, ich muss mich anmelden?')).toMatchObject({ language: 'de' });
    // A short Latin word beside Han text leaves it Chinese.
    expect(detectLanguage('东京 office 在哪里')).toMatchObject({ language: 'zh' });
  });

  it('kanji-only text from a user who chose Japanese stays Japanese', () => {
    expect(resolveLanguage({ text: '渋谷区 保育園 申込', savedLanguage: 'ja' })).toMatchObject({ language: 'ja', source: 'saved' });
    expect(resolveLanguage({ text: '税務署 場所', channelLocale: 'ja-JP' })).toMatchObject({ language: 'ja' });
  });

  it('"Wie melde ich meinen Wohnsitz in Tokyo an?" is German even without a German locale', () => {
    expect(resolveLanguage({ text: 'Wie melde ich meinen Wohnsitz in Tokyo an?', channelLocale: 'en-US' })).toMatchObject({ language: 'de', messageLanguage: 'de' });
  });

  it('a clear French message is answered in French (a UI language)', () => {
    expect(resolveLanguage({ text: 'Comment créer une entreprise à Tokyo ?', channelLocale: 'de-DE' })).toMatchObject({ language: 'fr', messageLanguage: 'fr' });
  });

  it.each([
    ['Tokyo\'da şirket kurmak istiyorum', 'tr'],
    ['도쿄에서 회사를 설립하고 싶어요', 'ko'],
    ['¿Cuánto cuesta fundar una GmbH?', 'es'],
  ])('%s is recognised as %s and answered in English', (text, language) => {
    expect(resolveLanguage({ text, channelLocale: 'de-DE' })).toMatchObject({ language: 'en', messageLanguage: language });
  });
});
