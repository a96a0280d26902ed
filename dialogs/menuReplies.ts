/** Replies the root dialog shows in several places: the topic menu, help, the language choice. */
import type { TFunction } from 'i18next';
import { MENU_TOPICS } from '../src/conversation/answering';
import { SUPPORTED_LANGUAGES } from '../src/i18n/i18n';
import type { Reply } from '../src/replies/reply';

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

export function languageChoiceReply(t: TFunction): Reply {
  return {
    text: t('language.prompt'),
    choices: SUPPORTED_LANGUAGES.map((language) => ({ label: t(`language.names.${language}`), action: `lang:${language}` })),
  };
}
