/**
 * Recognises a message that *is* a request to switch language ("Deutsch bitte", "日本語で", "English please").
 * Anchored on the whole message, so "Is there a German school?" is a question, not a command.
 */
import type { SupportedLanguage } from '../i18n/i18n';

const LANGUAGE_WORDS: Record<SupportedLanguage, string> =
  {
    ja: '(?:japanese|japanisch|日本語|にほんご|nihongo)',
    de: '(?:german|deutsch|ドイツ語|どいつご)',
    en: '(?:english|englisch|英語|えいご|anglais)',
    fr: '(?:french|französisch|franzoesisch|français|francais|フランス語|ふらんすご)',
  };

const POLITE = '(?:please|pls|s\'il vous plaît|s\'il vous plait|s\'il te plaît|s\'il te plait|svp|stp|bitte|mal|gerne|お願いします|おねがいします|でお願い|ください|下さい|にして|に切り替えて|で話して|で)';

function patternFor(word: string): RegExp {
  return new RegExp(
    `^\\s*(?:(?:in|auf|en|parlez|parle|répondez en|repondez en|switch to|change to|speak|answer in|can you speak|do you speak|sprechen sie|sprichst du|antworte(?:n sie)? auf|bitte auf)\\s+)*${word}(?:\\s*${POLITE})*\\s*[.!?。！？]*\\s*$`,
    'iu',
  );
}

const PATTERNS = (Object.entries(LANGUAGE_WORDS) as [SupportedLanguage, string][]).map(
  ([language, word]) => [language, patternFor(word)] as const,
);

/**
 * @example
 * languageCommand('Deutsch bitte'); // 'de'
 * languageCommand('日本語で'); // 'ja'
 * languageCommand('Is there a German school?'); // undefined
 */
export function languageCommand(text: string): SupportedLanguage | undefined {
  if (text.length > 60) return undefined;
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
