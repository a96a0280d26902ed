/**
 * kakehashi's LINE rich menu: eight tiles (the five topics, the contact office, language, menu), one menu per
 * language so the tap shows the user's own words. Menus are found at run time through the aliases
 * `kakehashi-ja`, `kakehashi-de`, `kakehashi-en`, which `npm run line:richmenu` creates.
 *
 * The image is block graphics drawn here (coloured tiles with pixel icons), identical for every language:
 * no binary file to keep in sync with the areas, no font to ship.
 */
import type { messagingApi } from '@line/bot-sdk';
import type { TFunction } from 'i18next';
import type { Logger } from '../../logging/logger';
import type { SupportedLanguage } from '../../i18n/i18n';
import { BlockCanvas, type Rgb } from './blockPng';
import { LineApiError } from './lineDelivery';
import { LINE_LIMITS, shortenLabel } from './lineRenderer';

export const RICH_MENU_SIZE = { width: 2500, height: 1686 } as const;
const COLUMNS = 4;
const ROWS = 2;
/** Rich menus this service owns are named with this prefix; the installer replaces only those. */
export const RICH_MENU_NAME_PREFIX = 'kakehashi ';
export const richMenuAliasId = (language: SupportedLanguage) => `kakehashi-${language}`;

interface Tile {
  action: string;
  /** i18n key of the tile's label (shown as the user's message when tapped). */
  labelKey: string;
  color: Rgb;
  icon: readonly string[];
}

export const RICH_MENU_TILES: readonly Tile[] = [
  { action: 'topic:company', labelKey: 'topics.company', color: [37, 99, 235], icon: ['.#####.', '.#.#.#.', '.#####.', '.#.#.#.', '.#####.', '.#.#.#.', '#######'] },
  { action: 'topic:healthcare', labelKey: 'topics.healthcare', color: [220, 38, 38], icon: ['..###..', '..###..', '#######', '#######', '#######', '..###..', '..###..'] },
  { action: 'topic:schooling', labelKey: 'topics.schooling', color: [217, 119, 6], icon: ['.......', '##...##', '###.###', '###.###', '###.###', '#######', '...#...'] },
  { action: 'topic:housing', labelKey: 'topics.housing', color: [22, 163, 74], icon: ['...#...', '..###..', '.#####.', '#######', '.#####.', '.##.##.', '.##.##.'] },
  { action: 'topic:support', labelKey: 'topics.support', color: [219, 39, 119], icon: ['.##.##.', '#######', '#######', '#######', '.#####.', '..###..', '...#...'] },
  { action: 'human', labelKey: 'topics.contact', color: [124, 58, 237], icon: ['#######', '#.....#', '#.#.#.#', '#.....#', '#######', '.##....', '.#.....'] },
  { action: 'language', labelKey: 'line.richMenu.language', color: [8, 145, 178], icon: ['..###..', '.#.#.#.', '#..#..#', '#######', '#..#..#', '.#.#.#.', '..###..'] },
  { action: 'menu', labelKey: 'menu.button', color: [71, 85, 105], icon: ['.......', '#######', '.......', '#######', '.......', '#######', '.......'] },
];

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

/** The rich menu image (PNG, 2500×1686): a coloured tile per area with a white pixel icon. */
export function richMenuImage(): Buffer {
  const canvas = new BlockCanvas(RICH_MENU_SIZE.width, RICH_MENU_SIZE.height, [255, 255, 255]);
  const width = RICH_MENU_SIZE.width / COLUMNS;
  const height = RICH_MENU_SIZE.height / ROWS;
  const gap = 6;
  const cell = 40;
  RICH_MENU_TILES.forEach((tile, index) => {
    const x = (index % COLUMNS) * width;
    const y = Math.floor(index / COLUMNS) * height;
    canvas.fill(x + gap, y + gap, width - 2 * gap, height - 2 * gap, tile.color);
    const iconSize = cell * 7;
    canvas.pattern(tile.icon, x + (width - iconSize) / 2, y + (height - iconSize) / 2, cell, [255, 255, 255]);
  });
  return canvas.toPng();
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
