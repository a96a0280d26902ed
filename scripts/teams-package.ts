/**
 * `npm run teams:package`: writes dist/teams/kakehashi.zip, the Microsoft Teams app package (manifest v1.22,
 * localized command lists, icons), from MicrosoftAppId and PUBLIC_BASE_URL. Upload it in Teams: Apps → Manage your
 * apps → Upload an app → Upload a custom app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadTeamsPackageConfig } from '../src/config';
import { createI18n, SUPPORTED_LANGUAGES, DEFAULT_LANGUAGE } from '../src/i18n/i18n';
import { teamsAppPackage } from '../src/teamsApp/teamsAppPackage';

async function main(): Promise<void> {
  const config = loadTeamsPackageConfig();
  const version = (JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { version: string }).version;
  const languages = [DEFAULT_LANGUAGE, ...SUPPORTED_LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE)];
  const zip = await teamsAppPackage({ botId: config.botId, publicBaseUrl: config.publicBaseUrl, version, i18n: await createI18n(config.localesDir), languages });
  const file = path.resolve(process.argv[2] ?? 'dist/teams/kakehashi.zip');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zip);
  process.stdout.write(`teams:package: wrote ${path.relative(process.cwd(), file)} (${zip.length} bytes; languages ${languages.join(', ')})\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`teams:package: ${error.message}\n`);
  process.exit(2);
});
