/** Replies the root dialog shows in several places: the topic menu, help, the language choice. */
import type { TFunction } from 'i18next';
import { MENU_TOPICS } from '../src/conversation/answering';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, isSupportedLanguage } from '../src/i18n/i18n';
import type { Reply } from '../src/replies/reply';
import { regionName, type Region } from '../src/partnerships/partnerships';

export function menuReply(t: TFunction, lead?: string): Reply {
  return {
    text: lead ? `${lead}\n\n${t('menu.prompt')}` : t('menu.prompt'),
    choices: [
      ...MENU_TOPICS.map((topic) => ({ label: t(`topics.${topic}`), action: `topic:${topic}` })),
      { label: t('topics.contact'), action: 'human' },
      { label: t('topics.plan'), action: 'plan:show' },
    ],
  };
}

/**
 * The help text: what kakehashi covers, then what one can type ("menu", a language, a side, "talk to a person"…), with
 * the languages and sides of the conversation's partnership (every one when it is not known yet), the reader's
 * language first.
 * @param regions the regions the user may name (the partnership's, or all); their own languages and English are the
 *   languages offered (Tokyo ⇄ NRW: Japanese, German, English; Tsu ⇄ Paris/Geneva: Japanese, French, English)
 */
export function helpText(t: TFunction, language: string, regions: readonly Region[]): string {
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  const offered = [...new Set([...regions.flatMap((region) => region.languages ?? []), DEFAULT_LANGUAGE])];
  const ordered = offered.includes(language) ? [language, ...offered.filter((code) => code !== language)] : offered;
  const nameIn = (code: string, inLanguage: string) => new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  const quoted = (word: string) => t('help.quoted', { word });
  const text = t('help.text', {
    languages: list(ordered.map((code) => nameIn(code, language))),
    switches: list(ordered.map((code) => quoted(nameIn(code, code)))),
    sides: list(regions.map((region) => quoted(regionName(region, language)))),
  });
  return `${t('help.covers')}\n\n${text}`;
}

export function languageChoiceReply(t: TFunction): Reply {
  return {
    text: t('language.prompt'),
    choices: SUPPORTED_LANGUAGES.map((language) => ({ label: t(`language.names.${language}`), action: `lang:${language}` })),
  };
}

/**
 * "I don't have curated content in French yet, so this answer is in English." for a message in a language
 * without curated content; [] otherwise. Every path shows it: answer, fallback, region question, hand-over.
 */
export function languageNotes(t: TFunction, messageLanguage: string | undefined, language: string): string[] {
  // A user who saved another language (ja, de) gets that one, and no note about English.
  if (!messageLanguage || isSupportedLanguage(messageLanguage) || language !== DEFAULT_LANGUAGE) return [];
  let name: string = messageLanguage;
  try {
    name = new Intl.DisplayNames([language], { type: 'language' }).of(messageLanguage) ?? messageLanguage;
  } catch {
    // an odd code: show it as it is
  }
  return [t('answer.englishOnly', { language: name })];
}
