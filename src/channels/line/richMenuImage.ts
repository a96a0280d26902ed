/**
 * Renders the LINE rich menu image of one language: 2500×1686 px (LINE's large size), eight coloured tiles in a
 * 4×2 grid matching the tap areas of `richMenuRequest`, each with a white icon and its label in that language.
 * Drawn as SVG and rendered with resvg and Noto Sans JP (`src/imaging/svgToPng.ts`); used at build time only.
 */
import type { TFunction } from 'i18next';
import { IMAGE_FONT_FAMILY, svgText, svgToPng } from '../../imaging/svgToPng';
import { RICH_MENU_COLUMNS, RICH_MENU_ROWS, RICH_MENU_SIZE, RICH_MENU_TILES } from './lineRichMenu';

const GAP = 8;
const FONT_SIZE = 92;
/** Wider than this (in font-size units, CJK = 1, Latin ≈ 0.58) a label breaks onto two lines. */
const LINE_WIDTH = 5.6;
/** The widest line a tile holds, in units of the standard font size. */
const MAX_LINE_WIDTH = 6.0;

function visualWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.58), 0);
}

/** Splits a label into at most two lines at a space, "&" or "・" (never inside a word). */
function labelLines(label: string): string[] {
  if (visualWidth(label) <= LINE_WIDTH) return [label];
  const breaks = [...label.matchAll(/ & | |・/g)];
  if (breaks.length > 0) {
    const middle = label.length / 2;
    const best = breaks.reduce((a, b) => (Math.abs(a.index! - middle) <= Math.abs(b.index! - middle) ? a : b));
    const first = label.slice(0, best.index!) + (best[0] === ' & ' ? ' &' : '');
    return [first.trim(), label.slice(best.index! + best[0].length).trim()];
  }
  return [label];
}

/** The font size (px) at which a line fits the tile: the standard size, smaller for a long single word. */
function fontSizeOf(line: string): number {
  return Math.min(FONT_SIZE, Math.floor((FONT_SIZE * MAX_LINE_WIDTH) / visualWidth(line)));
}

/** The SVG of one language's rich menu; `t` must carry the `richmenu` namespace. */
export function richMenuSvg(t: TFunction): string {
  const width = RICH_MENU_SIZE.width / RICH_MENU_COLUMNS;
  const height = RICH_MENU_SIZE.height / RICH_MENU_ROWS;
  const tiles = RICH_MENU_TILES.map((tile, index) => {
    const x = (index % RICH_MENU_COLUMNS) * width;
    const y = Math.floor(index / RICH_MENU_COLUMNS) * height;
    const lines = labelLines(t(tile.tileKey));
    const iconSize = 300;
    const iconX = x + (width - iconSize) / 2;
    const iconY = y + 150;
    const textTop = y + 150 + iconSize + 130;
    const text = lines
      .map((line, lineIndex) => `<text x="${x + width / 2}" y="${textTop + lineIndex * FONT_SIZE * 1.2}" font-size="${fontSizeOf(line)}" text-anchor="middle">${svgText(line)}</text>`)
      .join('');
    return (
      `<rect x="${x + GAP}" y="${y + GAP}" width="${width - 2 * GAP}" height="${height - 2 * GAP}" rx="28" fill="${tile.color}"/>` +
      `<g transform="translate(${iconX} ${iconY}) scale(${iconSize / 24})" fill="none" stroke="#ffffff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${tile.icon}"/></g>` +
      text
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${RICH_MENU_SIZE.width}" height="${RICH_MENU_SIZE.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g font-family="${IMAGE_FONT_FAMILY}" font-weight="700" font-size="${FONT_SIZE}" fill="#ffffff">${tiles.join('')}</g></svg>`
  );
}

/**
 * The rich menu image of one language as PNG (2500×1686, well under LINE's 1 MB limit).
 * @example
 * fs.writeFileSync('assets/line/richmenu-de.png', richMenuImage(i18n.getFixedT('de')));
 */
export function richMenuImage(t: TFunction): Buffer {
  return svgToPng(richMenuSvg(t));
}
