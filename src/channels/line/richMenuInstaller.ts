/**
 * Creates kakehashi's per-language rich menus on a LINE channel (`npm run line:richmenu`):
 * new menus first, then their images (data API host), then the aliases the service looks up, the default
 * menu for users whose language is not known yet, and last the menus an earlier run left behind.
 * Running it again replaces the menus without a moment where a user has none.
 */
import type { i18n } from 'i18next';
import type { messagingApi } from '@line/bot-sdk';
import type { Logger } from '../../logging/logger';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, type SupportedLanguage } from '../../i18n/i18n';
import { LineApiError } from './lineDelivery';
import { RICH_MENU_NAME_PREFIX, richMenuAliasId, richMenuRequest } from './lineRichMenu';

export interface RichMenuInstallOptions {
  client: messagingApi.MessagingApiClient;
  blobClient: messagingApi.MessagingApiBlobClient;
  i18n: i18n;
  logger: Logger;
  /** The menu of users whose language is not known yet. Default English. */
  defaultLanguage?: SupportedLanguage;
  /** The PNG of one language's menu (the committed `assets/line/richmenu-<lng>.png`). */
  imageOf(language: SupportedLanguage): Buffer;
}

/**
 * @returns the new rich menu id per language.
 * @example
 * const ids = await installRichMenus({ client, blobClient, i18n, logger });
 * ids.de; // 'richmenu-5f0c…'
 */
export async function installRichMenus(options: RichMenuInstallOptions): Promise<Record<SupportedLanguage, string>> {
  const { client, blobClient, logger } = options;
  const previous = (await client.getRichMenuList()).richmenus.filter((menu) => menu.name.startsWith(RICH_MENU_NAME_PREFIX));
  const ids = {} as Record<SupportedLanguage, string>;
  for (const language of SUPPORTED_LANGUAGES) {
    const image = options.imageOf(language);
    const { richMenuId } = await client.createRichMenu(richMenuRequest(language, options.i18n.getFixedT(language)));
    await blobClient.setRichMenuImage(richMenuId, new Blob([new Uint8Array(image)], { type: 'image/png' }));
    await pointAlias(client, richMenuAliasId(language), richMenuId);
    ids[language] = richMenuId;
    logger.info({ language, richMenuId, imageBytes: image.length }, 'LINE rich menu created');
  }
  await client.setDefaultRichMenu(ids[options.defaultLanguage ?? DEFAULT_LANGUAGE]!);
  for (const menu of previous) {
    await client.deleteRichMenu(menu.richMenuId);
    logger.info({ richMenuId: menu.richMenuId }, 'old LINE rich menu deleted');
  }
  return ids;
}

async function pointAlias(client: messagingApi.MessagingApiClient, aliasId: string, richMenuId: string): Promise<void> {
  try {
    await client.getRichMenuAlias(aliasId);
  } catch (caught) {
    if (LineApiError.of('rich menu alias', caught).status !== 404) throw caught;
    await client.createRichMenuAlias({ richMenuAliasId: aliasId, richMenuId });
    return;
  }
  await client.updateRichMenuAlias(aliasId, { richMenuId });
}
