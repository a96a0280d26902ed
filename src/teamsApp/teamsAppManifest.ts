/**
 * The Microsoft Teams app manifest for kakehashi (schema v1.22, the version Microsoft's manifest reference names as
 * current: https://learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema), with one
 * localization file per further UI language. Texts come from `locales/<lng>/teams.json`.
 */
import type { i18n, TFunction } from 'i18next';

export const TEAMS_MANIFEST_VERSION = '1.22';
export const TEAMS_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const TEAMS_LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
export const COLOR_ICON_FILE = 'color.png';
export const OUTLINE_ICON_FILE = 'outline.png';
/** Accent colour behind the colour icon (also the icon's background). */
export const ACCENT_COLOR = '#1D4ED8';

/** Bot commands in the order Teams lists them; each title is a message the bot understands as that command. */
export const TEAMS_COMMANDS = ['menu', 'help', 'human', 'language', 'deleteData'] as const;

/** Teams wants a BCP-47 tag per language (`en-us`); the UI language code is the first part. */
const LANGUAGE_TAGS: Record<string, string> = { en: 'en-us', de: 'de-de', ja: 'ja-jp', fr: 'fr-fr' };
export function teamsLanguageTag(language: string): string {
  return LANGUAGE_TAGS[language] ?? language;
}

export interface TeamsAppOptions {
  /** The bot's Microsoft App ID (`MicrosoftAppId`), a GUID. */
  botId: string;
  /** This service's public https address (`PUBLIC_BASE_URL`); its host becomes the valid domain. */
  publicBaseUrl: string;
  /** App version, semver (`package.json` version). */
  version: string;
  i18n: i18n;
  /** UI languages; the first is the manifest's default language, the others get localization files. */
  languages: readonly string[];
}

export interface TeamsAppFiles {
  manifest: Record<string, unknown>;
  /** File name (`de-de.json`) → localization file content. */
  localizations: Record<string, Record<string, unknown>>;
}

function commandTexts(t: TFunction) {
  return TEAMS_COMMANDS.map((command) => ({ title: t(`teams:commands.${command}.title`), description: t(`teams:commands.${command}.description`) }));
}

/**
 * Builds `manifest.json` and its localization files.
 * @throws Error when `botId` is not a GUID or `publicBaseUrl` is not an https URL (Teams refuses both).
 * @example
 * const { manifest, localizations } = teamsAppFiles({ botId, publicBaseUrl: 'https://bot.example.org', version: '0.1.0', i18n, languages: ['en', 'de', 'ja'] });
 */
export function teamsAppFiles(options: TeamsAppOptions): TeamsAppFiles {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.botId)) {
    throw new Error('MicrosoftAppId must be the bot\'s Microsoft App ID (a GUID)');
  }
  const base = new URL(options.publicBaseUrl);
  if (base.protocol !== 'https:') throw new Error('PUBLIC_BASE_URL must be an https URL for Teams');
  const [defaultLanguage, ...others] = options.languages;
  if (!defaultLanguage) throw new Error('at least one language is needed');
  const t = options.i18n.getFixedT(defaultLanguage);
  const site = base.origin;
  const commands = commandTexts(t);
  const manifest: Record<string, unknown> = {
    $schema: TEAMS_SCHEMA_URL,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: options.version,
    id: options.botId,
    localizationInfo: {
      defaultLanguageTag: teamsLanguageTag(defaultLanguage),
      additionalLanguages: others.map((language) => ({ languageTag: teamsLanguageTag(language), file: `${teamsLanguageTag(language)}.json` })),
    },
    developer: { name: 'kakehashi', websiteUrl: `${site}/`, privacyUrl: `${site}/`, termsOfUseUrl: `${site}/` },
    name: { short: t('teams:app.shortName'), full: t('teams:app.fullName') },
    description: { short: t('teams:app.shortDescription'), full: t('teams:app.fullDescription') },
    icons: { color: COLOR_ICON_FILE, outline: OUTLINE_ICON_FILE },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: options.botId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: ['personal', 'team', 'groupChat'], commands }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [base.host],
  };
  const localizations: TeamsAppFiles['localizations'] = {};
  for (const language of others) {
    const lt = options.i18n.getFixedT(language);
    const file: Record<string, unknown> = {
      $schema: TEAMS_LOCALIZATION_SCHEMA_URL,
      'name.short': lt('teams:app.shortName'),
      'name.full': lt('teams:app.fullName'),
      'description.short': lt('teams:app.shortDescription'),
      'description.full': lt('teams:app.fullDescription'),
    };
    commandTexts(lt).forEach((command, index) => {
      file[`bots[0].commandLists[0].commands[${index}].title`] = command.title;
      file[`bots[0].commandLists[0].commands[${index}].description`] = command.description;
    });
    localizations[`${teamsLanguageTag(language)}.json`] = file;
  }
  return { manifest, localizations };
}
