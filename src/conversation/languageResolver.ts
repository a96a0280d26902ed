/**
 * Decides the language of a turn: explicit choice > clear language of this message > saved preference
 * > the channel's locale > English. A message whose language shows only in words all our languages share
 * ("in NRW, a GmbH") does not override the saved preference.
 */
import { DEFAULT_LANGUAGE, isSupportedLanguage, type SupportedLanguage } from '../i18n/i18n';
import { detectLanguage, type DetectedLanguage } from './languageDetector';
import { languageCommand } from './languageCommand';

export type LanguageSource = 'explicit' | 'message' | 'saved' | 'channel' | 'default';

export interface LanguageDecision {
  /** The language the bot answers in (UI strings and curated content exist for it). */
  language: SupportedLanguage;
  /** The language the user wrote in, when clear, also if unsupported (e.g. 'fr'): answers then say they are in English. */
  messageLanguage: string | undefined;
  source: LanguageSource;
  /** True when the user asked to switch; the bot confirms and saves. */
  explicit: boolean;
  /** True when a mark only one language writes named the message's language ("¿" → Spanish): no phrase hint overrides it. */
  byScript?: boolean;
  /** True when the message's own words confirmed an unsupported language (see `DetectedLanguage.byOwnWords`): no hint overrides it either. */
  byOwnWords?: boolean;
}

export interface LanguageInput {
  text: string;
  /** A menu choice such as `lang:de`, when the user pressed a button. */
  chosenLanguage?: string | undefined;
  savedLanguage?: string | undefined;
  channelLocale?: string | undefined;
  /** How the message's language is identified (default {@link detectLanguage}: script and n-gram library). */
  detect?: ((text: string) => DetectedLanguage) | undefined;
}

/** Maps a locale such as `de-DE` or `ja` to a supported language, if it is one. */
export function languageOfLocale(locale: string | undefined): SupportedLanguage | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return isSupportedLanguage(primary) ? primary : undefined;
}

/**
 * @example
 * resolveLanguage({ text: 'Wo finde ich einen Kinderarzt?', channelLocale: 'en-US' }).language; // 'de'
 */
export function resolveLanguage(input: LanguageInput): LanguageDecision {
  const chosen = isSupportedLanguage(input.chosenLanguage) ? input.chosenLanguage : languageCommand(input.text);
  if (chosen) return { language: chosen, messageLanguage: chosen, source: 'explicit', explicit: true };

  const detected = (input.detect ?? detectLanguage)(input.text);
  // A guess from shared words alone ("in NRW, a GmbH") keeps the language the conversation already has.
  const weakAgainstSaved = detected.weak === true && isSupportedLanguage(input.savedLanguage) && input.savedLanguage !== detected.language;
  if (detected.clear && detected.language && !weakAgainstSaved) {
    if (isSupportedLanguage(detected.language)) {
      return { language: detected.language, messageLanguage: detected.language, source: 'message', explicit: false };
    }
    // An unsupported language is answered in English with a note, unless the user has chosen another.
    const fallback = isSupportedLanguage(input.savedLanguage) ? input.savedLanguage : DEFAULT_LANGUAGE;
    return { language: fallback, messageLanguage: detected.language, source: 'message', explicit: false, ...(detected.byScript ? { byScript: true } : {}), ...(detected.byOwnWords ? { byOwnWords: true } : {}) };
  }
  if (isSupportedLanguage(input.savedLanguage)) {
    return { language: input.savedLanguage, messageLanguage: undefined, source: 'saved', explicit: false };
  }
  const channelLanguage = languageOfLocale(input.channelLocale);
  if (channelLanguage) return { language: channelLanguage, messageLanguage: undefined, source: 'channel', explicit: false };
  return { language: DEFAULT_LANGUAGE, messageLanguage: undefined, source: 'default', explicit: false };
}
