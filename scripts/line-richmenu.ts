/**
 * `npm run line:richmenu`: creates kakehashi's rich menus (ja/de/en) on the LINE channel configured by
 * LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN (and LINE_API_BASE_URL / LINE_DATA_API_BASE_URL),
 * replacing the ones an earlier run made. `--write-images` also writes the image to assets/line/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messagingApi } from '@line/bot-sdk';
import { ConfigError, loadConfig } from '../src/config';
import { createI18n } from '../src/i18n/i18n';
import { createLogger } from '../src/logging/logger';
import { richMenuImage } from '../src/channels/line/lineRichMenu';
import { installRichMenus } from '../src/channels/line/richMenuInstaller';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const writeImages = process.argv.includes('--write-images');
  if (writeImages) {
    const file = path.resolve('assets/line/richmenu.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, richMenuImage());
    logger.info({ file }, 'rich menu image written');
  }
  if (!config.line && writeImages) return;
  if (!config.line) throw new ConfigError('LINE_CHANNEL_ACCESS_TOKEN', 'is required to create the rich menus (with LINE_CHANNEL_SECRET)');
  const { channelAccessToken, apiBaseUrl, dataApiBaseUrl } = config.line;
  const ids = await installRichMenus({
    client: new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: apiBaseUrl }),
    blobClient: new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: dataApiBaseUrl }),
    i18n: await createI18n(config.localesDir),
    logger,
  });
  process.stdout.write(`${JSON.stringify(ids)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`line:richmenu: ${error.message}\n`);
  process.exit(1);
});
