/**
 * SVG → PNG with resvg (`@resvg/resvg-js`, the Rust SVG renderer), using Noto Sans JP from the npm package
 * `@expo-google-fonts/noto-sans-jp` (covers Japanese, Latin and French/German diacritics). Used by the build-time
 * image scripts (LINE rich menus, Teams icons); nothing is downloaded, system fonts are not used, so the output is
 * the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Font family name to use in SVG templates. */
export const IMAGE_FONT_FAMILY = 'Noto Sans JP';

function fontFiles(): string[] {
  return ['400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'].map((file) =>
    require.resolve(`@expo-google-fonts/noto-sans-jp/${file}`),
  );
}

/**
 * Renders an SVG document to a PNG at the SVG's own width and height (px).
 * @throws Error from resvg when the SVG is malformed.
 * @example
 * svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"/>'); // PNG Buffer, 32×32
 */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY },
    background: 'rgba(0,0,0,0)',
  });
  return Buffer.from(resvg.render().asPng());
}

/** Escapes text for an SVG text node or attribute. */
export function svgText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Width and height of a PNG, read from its IHDR chunk. @throws Error when the buffer is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
