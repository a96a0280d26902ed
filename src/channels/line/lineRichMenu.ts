/**
 * kakehashi's LINE rich menu: eight tiles (the five topics, the contact office, language, menu), one menu per
 * language so the tap shows the user's own words. Menus are found at run time through the aliases
 * `kakehashi-ja`, `kakehashi-de`, `kakehashi-en`, which `npm run line:richmenu` creates.
 *
 * The images are committed PNGs, one per UI language, with the tile labels in that language
 * (`assets/line/richmenu-<lng>.png`, rendered by `npm run line:richmenu -- --write-images` with resvg:
 * see `richMenuImage.ts`).
 */
import type { messagingApi } from '@line/bot-sdk';
import type { TFunction } from 'i18next';
import type { Logger } from '../../logging/logger';
import type { SupportedLanguage } from '../../i18n/i18n';
import path from 'node:path';
import { LineApiError } from './lineDelivery';
import { LINE_LIMITS, shortenLabel } from './lineRenderer';

export const RICH_MENU_SIZE = { width: 2500, height: 1686 } as const;
export const RICH_MENU_COLUMNS = 4;
export const RICH_MENU_ROWS = 2;
const COLUMNS = RICH_MENU_COLUMNS;
const ROWS = RICH_MENU_ROWS;
/** Rich menus this service owns are named with this prefix; the installer replaces only those. */
export const RICH_MENU_NAME_PREFIX = 'kakehashi ';
export const richMenuAliasId = (language: SupportedLanguage) => `kakehashi-${language}`;

interface Tile {
  action: string;
  /** i18n key of the tile's label (shown as the user's message when tapped). */
  labelKey: string;
  /** i18n key of the short label written on the tile (`richmenu` namespace). */
  tileKey: string;
  /** Tile colour, CSS hex. */
  color: string;
  /** An SVG path in a 24-unit box, stroked in white. */
  icon: string;
}

export const RICH_MENU_TILES: readonly Tile[] = [
  { action: 'topic:company', labelKey: 'topics.company', tileKey: 'richmenu:tiles.company', color: '#2563EB', icon: 'M4 21V5h10v16M14 9h6v12M3 21h18M7 8h2M7 12h2M7 16h2M11 8h0M17 13h0M17 17h0' },
  { action: 'topic:healthcare', labelKey: 'topics.healthcare', tileKey: 'richmenu:tiles.healthcare', color: '#DC2626', icon: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z' },
  { action: 'topic:schooling', labelKey: 'topics.schooling', tileKey: 'richmenu:tiles.schooling', color: '#D97706', icon: 'M2 9l10-5 10 5-10 5zM6 11v5c3 3 9 3 12 0v-5M22 9v6' },
  { action: 'topic:housing', labelKey: 'topics.housing', tileKey: 'richmenu:tiles.housing', color: '#16A34A', icon: 'M3 11l9-8 9 8M5 10v11h14V10M10 21v-6h4v6' },
  { action: 'topic:support', labelKey: 'topics.support', tileKey: 'richmenu:tiles.support', color: '#DB2777', icon: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6L3.3 9.3l6.1-.7z' },
  { action: 'human', labelKey: 'topics.contact', tileKey: 'richmenu:tiles.contact', color: '#7C3AED', icon: 'M4 5h16v10H9l-5 4zM8 9h8M8 12h5' },
  { action: 'language', labelKey: 'line.richMenu.language', tileKey: 'richmenu:tiles.language', color: '#0891B2', icon: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c-3 3-3 15 0 18M12 3c3 3 3 15 0 18' },
  { action: 'menu', labelKey: 'menu.button', tileKey: 'richmenu:tiles.menu', color: '#475569', icon: 'M4 6h16M4 12h16M4 18h16' },
];

/** The committed image of one language's rich menu. */
export function richMenuImageFile(assetsDir: string, language: string): string {
  return path.join(assetsDir, 'line', `richmenu-${language}.png`);
}

/**
 * The label of a rich menu action in a language, so a tap reaches the bot as the words the user saw.
 * @example
 * richMenuLabel('topic:healthcare', i18n.getFixedT('de')); // 'Gesundheit'
 */
export function richMenuLabel(action: string, t: TFunction): string | undefined {
  const tile = RICH_MENU_TILES.find((candidate) => candidate.action === action);
  return tile ? t(tile.labelKey) : undefined;
}

/** The rich menu for one language: tiles left to right, top to bottom, each a postback of its action. */
export function richMenuRequest(language: SupportedLanguage, t: TFunction): messagingApi.RichMenuRequest {
  const width = RICH_MENU_SIZE.width / COLUMNS;
  const height = RICH_MENU_SIZE.height / ROWS;
  return {
    size: { ...RICH_MENU_SIZE },
    selected: true,
    name: `${RICH_MENU_NAME_PREFIX}${language}`,
    chatBarText: shortenLabel(t('line.richMenu.chatBar'), 14),
    areas: RICH_MENU_TILES.map((tile, index) => {
      const label = t(tile.labelKey);
      return {
        bounds: { x: Math.round((index % COLUMNS) * width), y: Math.round(Math.floor(index / COLUMNS) * height), width: Math.round(width), height: Math.round(height) },
        action: { type: 'postback', label: shortenLabel(label, LINE_LIMITS.quickReplyLabel), data: tile.action, displayText: label },
      };
    }),
  };
}


/**
 * Links each LINE user to the rich menu of their language, once per language change.
 * Quietly does nothing while the menus are not installed (alias unknown).
 */
export class RichMenuLinker {
  private readonly linked = new Map<string, SupportedLanguage>();
  private readonly menuIds = new Map<SupportedLanguage, { id: string | undefined; until: number }>();

  constructor(
    private readonly options: {
      client: Pick<messagingApi.MessagingApiClient, 'getRichMenuAlias' | 'linkRichMenuIdToUser'>;
      logger: Logger;
      /** How long an alias lookup is trusted. Default ten minutes. */
      aliasTtlMs?: number;
      maxUsers?: number;
      now?: () => number;
    },
  ) {}

  /** Links the user's menu when their language differs from the one last linked. */
  async link(userId: string, language: SupportedLanguage): Promise<void> {
    if (this.linked.get(userId) === language) return;
    const menuId = await this.menuIdOf(language);
    if (!menuId) return;
    try {
      await this.options.client.linkRichMenuIdToUser(userId, menuId);
      this.linked.delete(userId);
      this.linked.set(userId, language);
      if (this.linked.size > (this.options.maxUsers ?? 10_000)) this.linked.delete(this.linked.keys().next().value!);
    } catch (caught) {
      const error = LineApiError.of('rich menu link', caught);
      this.options.logger.warn({ status: error.status, lineMessage: error.lineMessage, language }, 'LINE rich menu not linked');
      this.menuIds.delete(language);
    }
  }

  forget(userId: string): void {
    this.linked.delete(userId);
  }

  private async menuIdOf(language: SupportedLanguage): Promise<string | undefined> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.menuIds.get(language);
    if (cached && cached.until > now) return cached.id;
    let id: string | undefined;
    try {
      id = (await this.options.client.getRichMenuAlias(richMenuAliasId(language))).richMenuId;
    } catch (caught) {
      const error = LineApiError.of('rich menu alias', caught);
      if (error.status === 404) this.options.logger.info({ language }, 'no LINE rich menu for this language (run npm run line:richmenu)');
      else this.options.logger.warn({ status: error.status, lineMessage: error.lineMessage }, 'LINE rich menu alias lookup failed');
    }
    this.menuIds.set(language, { id, until: now + (this.options.aliasTtlMs ?? 600_000) });
    return id;
  }
}
