/**
 * `npm run line:richmenu`: creates kakehashi's rich menus (one per UI language) on the LINE channel configured by
 * LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN (and LINE_API_BASE_URL / LINE_DATA_API_BASE_URL), with the
 * committed images `assets/line/richmenu-<lng>.png`, replacing the menus an earlier run made.
 * `--write-images` first renders those images anew from `locales/<lng>/richmenu.json` (needs the dev dependencies).
 */
import fs from 'node:fs';
import path from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import { ConfigError, loadConfig } from '../src/config';
import { createI18n, SUPPORTED_LANGUAGES } from '../src/i18n/i18n';
import { createLogger } from '../src/logging/logger';
import { richMenuImageFile } from '../src/channels/line/lineRichMenu';
import { installRichMenus } from '../src/channels/line/richMenuInstaller';

const assetsDir = path.resolve('assets');

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const i18n = await createI18n(config.localesDir);
  const writeImages = process.argv.includes('--write-images');
  if (writeImages) {
    const { richMenuImage } = await import('../src/channels/line/richMenuImage');
    for (const language of SUPPORTED_LANGUAGES) {
      const file = richMenuImageFile(assetsDir, language);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, richMenuImage(i18n.getFixedT(language)));
      logger.info({ file }, 'rich menu image written');
    }
  }
  if (!config.line && writeImages) return;
  if (!config.line) throw new ConfigError('LINE_CHANNEL_ACCESS_TOKEN', 'is required to create the rich menus (with LINE_CHANNEL_SECRET)');
  const { channelAccessToken, apiBaseUrl, dataApiBaseUrl } = config.line;
  const ids = await installRichMenus({
    client: new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: apiBaseUrl }),
    blobClient: new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: dataApiBaseUrl }),
    i18n,
    logger,
    imageOf: (language) => fs.readFileSync(richMenuImageFile(assetsDir, language)),
  });
  process.stdout.write(`${JSON.stringify(ids)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`line:richmenu: ${error.message}\n`);
  process.exit(1);
});
