/**
 * The two icons Teams requires (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
 * a 192×192 full-colour icon and a 32×32 outline icon, white on a transparent background. Both show a bridge (架け橋).
 */
import { svgToPng } from '../imaging/svgToPng';
import { ACCENT_COLOR } from './teamsAppManifest';

/** A bridge arch with two towers and a deck, drawn in a 32-unit box. */
const BRIDGE = 'M3 22 H29 M6 22 V12 M26 22 V12 M6 12 Q16 28 26 12 M11 17.5 V22 M16 20 V22 M21 17.5 V22';

/** The 192×192 colour icon: the bridge in white on the accent colour. */
export function colorIcon(): Buffer {
  return svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 32 32">` +
      `<rect width="32" height="32" fill="${ACCENT_COLOR}"/>` +
      `<path d="${BRIDGE}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  );
}

/** The 32×32 outline icon: the bridge in white, everything else transparent. */
export function outlineIcon(): Buffer {
  return svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">` +
      `<path d="${BRIDGE}" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  );
}
