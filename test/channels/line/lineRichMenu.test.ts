/** `npm run line:richmenu` against the loopback LINE API, and linking each user to the menu of their language. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { promisify } from 'node:util';
import pino from 'pino';
import { messagingApi } from '@line/bot-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n, SUPPORTED_LANGUAGES } from '../../../src/i18n/i18n';
import { loadConfig } from '../../../src/config';
import { RICH_MENU_SIZE, RICH_MENU_TILES, richMenuImageFile } from '../../../src/channels/line/lineRichMenu';
import { richMenuImage } from '../../../src/channels/line/richMenuImage';
import { installRichMenus } from '../../../src/channels/line/richMenuInstaller';
import { startService, type RunningService } from '../../support/startService';
import { startLoopbackLineApi, type LoopbackLineApi } from './support/loopbackLineApi';
import { CHANNEL_ACCESS_TOKEN, lineEnv, lineEvent, newUserId, postWebhook } from './support/lineWebhook';

const run = promisify(execFile);

describe('LINE rich menus', () => {
  let api: LoopbackLineApi;
  let service: RunningService;
  beforeAll(async () => {
    api = await startLoopbackLineApi();
  });
  afterAll(async () => {
    await service?.stop();
    await api.close();
  });

  const assetsDir = path.resolve(import.meta.dirname, '../../../assets');

  it.each(SUPPORTED_LANGUAGES)('ships a %s image within LINE’s limits (2500×1686, at most 1 MB)', (language) => {
    const file = richMenuImageFile(assetsDir, language);
    const png = PNG.sync.read(fs.readFileSync(file));
    expect([png.width, png.height]).toEqual([RICH_MENU_SIZE.width, RICH_MENU_SIZE.height]);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('writes each language’s own labels: the images of two languages differ, and match the locales', async () => {
    const i18n = await createI18n(path.resolve(import.meta.dirname, '../../../locales'));
    const images = SUPPORTED_LANGUAGES.map((language) => fs.readFileSync(richMenuImageFile(assetsDir, language)));
    expect(new Set(images.map((image) => image.toString('base64'))).size).toBe(SUPPORTED_LANGUAGES.length);
    // A label changed in locales/<lng>/richmenu.json without `npm run line:richmenu -- --write-images` fails here.
    SUPPORTED_LANGUAGES.forEach((language, index) => {
      const fresh = PNG.sync.read(richMenuImage(i18n.getFixedT(language)));
      expect(Buffer.compare(fresh.data, PNG.sync.read(images[index]!).data), `assets/line/richmenu-${language}.png is stale`).toBe(0);
    });
  }, 30_000);

  it('creates one menu per language with images, aliases and a default, and replaces them on a second run', async () => {
    const config = loadConfig(lineEnv(api.url));
    const options = {
      client: new messagingApi.MessagingApiClient({ channelAccessToken: CHANNEL_ACCESS_TOKEN, baseURL: config.line!.apiBaseUrl }),
      blobClient: new messagingApi.MessagingApiBlobClient({ channelAccessToken: CHANNEL_ACCESS_TOKEN, baseURL: config.line!.dataApiBaseUrl }),
      i18n: await createI18n(config.localesDir),
      logger: pino({ level: 'silent' }),
      imageOf: (language: string) => fs.readFileSync(richMenuImageFile(assetsDir, language)),
    };
    const first = await installRichMenus(options);
    expect(Object.keys(first).sort()).toEqual(['de', 'en', 'fr', 'ja']);
    const de = api.richMenus.get(first.de!)!;
    expect(de.request.name).toBe('kakehashi de');
    expect(de.request.chatBarText).toBe('Menü');
    expect(de.request.areas).toHaveLength(RICH_MENU_TILES.length);
    expect(de.request.areas[1].action).toMatchObject({ type: 'postback', data: 'topic:healthcare', displayText: 'Gesundheit' });
    expect(de.imageBytes).toBe(fs.statSync(richMenuImageFile(assetsDir, 'de')).size);
    expect(api.richMenus.get(first.ja!)!.imageBytes).toBe(fs.statSync(richMenuImageFile(assetsDir, 'ja')).size);
    const upload = api.callsTo(/\/content$/)[0]!;
    expect(upload.headers['content-type']).toBe('image/png');
    expect(Object.fromEntries(api.aliases)).toEqual({ 'kakehashi-ja': first.ja, 'kakehashi-de': first.de, 'kakehashi-en': first.en, 'kakehashi-fr': first.fr });
    expect(api.defaultMenu).toBe(first.en);

    const second = await installRichMenus(options);
    expect([...api.richMenus.keys()].sort()).toEqual(Object.values(second).sort());
    expect(api.aliases.get('kakehashi-ja')).toBe(second.ja);
  });

  it('runs as `npm run line:richmenu` (scripts/line-richmenu.ts)', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/line-richmenu.ts'], {
      env: { ...process.env, ...lineEnv(api.url), LOG_LEVEL: 'silent', REDIS_URL: '' },
      timeout: 90_000,
    });
    const ids = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string>;
    expect(api.aliases.get('kakehashi-de')).toBe(ids.de);
    expect(api.richMenus.size).toBe(4);
  }, 90_000);

  it('links a user to the menu of their language, and again when the language changes', async () => {
    service = await startService(lineEnv(api.url));
    const userId = newUserId();
    api.profiles.set(userId, { displayName: 'Mia', language: 'de' });
    await postWebhook(service.url, [lineEvent('follow', { userId })]);
    await api.waitFor(() => api.userMenus.get(userId) === api.aliases.get('kakehashi-de'), 20_000, 'German menu linked');
    await postWebhook(service.url, [lineEvent('text', { userId, text: '日本語' })]);
    await api.waitFor(() => api.userMenus.get(userId) === api.aliases.get('kakehashi-ja'), 20_000, 'Japanese menu linked');
    const links = api.callsTo(new RegExp(`^/v2/bot/user/${userId}/richmenu/`));
    expect(links).toHaveLength(2);
  }, 60_000);

  it('a rich menu tap arrives as the tile action, labelled in the user language', async () => {
    const userId = newUserId();
    api.profiles.set(userId, { displayName: 'Sora', language: 'ja' });
    api.reset();
    await postWebhook(service.url, [lineEvent('postback', { userId, data: 'language' })]);
    await api.waitFor(() => api.callsTo(/\/reply$/).length >= 1);
    const [reply] = api.callsTo(/\/reply$/);
    const actions = reply!.body.messages[0].quickReply.items.map((item: any) => item.action.data);
    expect(actions).toEqual(['lang:de', 'lang:en', 'lang:fr', 'lang:ja']);
  });
});
