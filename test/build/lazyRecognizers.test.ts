import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyRecognizers, REQUIRE_BANNER } from '../../scripts/buildPlugins';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the repository (tmp/ is ignored by git), so that the bundle finds node_modules as dist/ does.
const tmpDir = path.join(root, 'tmp');
fs.mkdirSync(tmpDir, { recursive: true });
const outDir = fs.mkdtempSync(path.join(tmpDir, 'lazy-recognizers-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

interface Probe {
  recognizersLoaded(): boolean;
  english: string;
  cultures: string[];
  pick(text: string): Array<{ resolution: { value: string } }>;
}

describe('botbuilder-dialogs bundled with its text recognizers loaded on first use', () => {
  it('starts without them and still recognizes choices by number and ordinal when asked', async () => {
    const entry = path.join(outDir, 'entry.js');
    fs.writeFileSync(
      entry,
      `import { recognizeChoices, PromptCultureModels } from 'botbuilder-dialogs';
       export const recognizersLoaded = () => Object.keys(require.cache).some((file) => /recognizers-text-(number|suite|choice|date-time)\\//.test(file));
       export const english = PromptCultureModels.English.locale;
       export const cultures = PromptCultureModels.getSupportedCultures().map((culture) => culture.locale);
       export const pick = (text) => recognizeChoices(text, ['Tokyo', 'NRW', 'Paris'], { locale: 'en-us' });`,
    );
    await build({
      entryPoints: [entry], outfile: path.join(outDir, 'bundle.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20',
      banner: { js: REQUIRE_BANNER }, plugins: [lazyRecognizers(root)], logLevel: 'error',
    });
    const probe = (await import(pathToFileURL(path.join(outDir, 'bundle.mjs')).href)) as Probe;

    expect(probe.recognizersLoaded()).toBe(false);
    expect(probe.english).toBe('en-us');
    expect(probe.cultures).toEqual(expect.arrayContaining(['en-us', 'de-de', 'ja-jp', 'fr-fr']));
    expect(probe.pick('the second one')[0]?.resolution.value).toBe('NRW');
    expect(probe.pick('3')[0]?.resolution.value).toBe('Paris');
    expect(probe.recognizersLoaded()).toBe(true);
  }, 120_000);
});
