import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandOf } from '../../src/conversation/commands';
import { languageCommand } from '../../src/conversation/languageCommand';
import { createI18n, SUPPORTED_LANGUAGES } from '../../src/i18n/i18n';
import { TEAMS_COMMANDS, TEAMS_MANIFEST_VERSION, teamsAppFiles } from '../../src/teamsApp/teamsAppManifest';
import { zipEntries } from '../support/zipEntries';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
/** Microsoft's published schemas, as shipped in the npm package @microsoft/app-manifest (see package.json for its version). */
const schemaDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams', `v${TEAMS_MANIFEST_VERSION}`);
const readSchema = (name: string) => JSON.parse(fs.readFileSync(path.join(schemaDir, name), 'utf8'));

const BOT_ID = '1b2c3d4e-1111-2222-3333-444455556666';
let files: Map<string, Buffer>;

beforeAll(async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'kakehashi.zip');
  await promisify(execFile)('npx', ['tsx', 'scripts/teams-package.ts', out], {
    cwd: root,
    env: { ...process.env, MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: 'https://bot.example.org/' },
  });
  files = await zipEntries(fs.readFileSync(out));
}, 60_000);

describe('npm run teams:package', () => {
  it('writes a manifest that Microsoft\'s published schema accepts, with the bot id, scopes and valid domain', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const valid = ajv.validate(readSchema('MicrosoftTeams.schema.json'), manifest);
    expect(ajv.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).toEqual(['bot.example.org']);
  });

  it('localizes the command list into every other UI language, each file valid against the localization schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const others = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');
    expect(manifest.localizationInfo.additionalLanguages).toHaveLength(others.length);
    for (const { file } of manifest.localizationInfo.additionalLanguages as { file: string }[]) {
      const localization = JSON.parse(files.get(file)!.toString('utf8'));
      expect(ajv.validate(readSchema('MicrosoftTeams.Localization.schema.json'), localization), `${file}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      expect(localization['description.short']).not.toBe(manifest.description.short);
    }
    const japanese = JSON.parse(files.get('ja-jp.json')!.toString('utf8'));
    expect(japanese['bots[0].commandLists[0].commands[0].title']).toBe('メニュー');
  });

  it('ships a 192×192 colour icon and a 32×32 white outline icon on a transparent background', () => {
    const color = PNG.sync.read(files.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.data[3]).toBe(255);
    const outline = PNG.sync.read(files.get('outline.png')!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      const [r, g, b, a] = outline.data.subarray(offset, offset + 4);
      if (a! > 0) {
        opaque += 1;
        // Teams: the outline icon is white where it is not transparent.
        expect(Math.min(r!, g!, b!)).toBeGreaterThan(200);
      }
    }
    expect(opaque).toBeGreaterThan(20);
    expect(outline.data[3]).toBe(0);
  });

  it('fails with a clear message when MicrosoftAppId is missing', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'scripts/teams-package.ts', path.join(os.tmpdir(), 'never.zip')], {
      cwd: root,
      env: { ...process.env, MicrosoftAppId: '', PUBLIC_BASE_URL: 'https://bot.example.org' },
    });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('MicrosoftAppId') });
  });
});

describe('Teams command list', () => {
  it.each(SUPPORTED_LANGUAGES)('every %s command title is a message the bot acts on', async (language) => {
    const i18n = await createI18n(path.join(root, 'locales'));
    const { manifest, localizations } = teamsAppFiles({ botId: BOT_ID, publicBaseUrl: 'https://bot.example.org', version: '1.0.0', i18n, languages: [language] });
    expect(localizations).toEqual({});
    const titles = (manifest.bots as { commandLists: { commands: { title: string }[] }[] }[])[0]!.commandLists[0]!.commands.map((c) => c.title);
    expect(titles).toHaveLength(TEAMS_COMMANDS.length);
    TEAMS_COMMANDS.forEach((command, index) => {
      const title = titles[index]!;
      if (command === 'language') expect(languageCommand(title)).toBe(language);
      else expect(commandOf(title), title).toBe(command === 'deleteData' ? 'delete-data' : command);
    });
  });
});
