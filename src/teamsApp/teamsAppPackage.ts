/**
 * The Teams app package: a zip with `manifest.json`, the two icons and one localization file per further language,
 * as Teams' "Upload a custom app" expects (files at the zip's root).
 */
import yazl from 'yazl';
import { COLOR_ICON_FILE, OUTLINE_ICON_FILE, teamsAppFiles, type TeamsAppOptions } from './teamsAppManifest';
import { colorIcon, outlineIcon } from './teamsIcons';

/** File name → content of every file in the package. */
export function teamsAppPackageFiles(options: TeamsAppOptions): Record<string, Buffer> {
  const { manifest, localizations } = teamsAppFiles(options);
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  return {
    'manifest.json': json(manifest),
    [COLOR_ICON_FILE]: colorIcon(),
    [OUTLINE_ICON_FILE]: outlineIcon(),
    ...Object.fromEntries(Object.entries(localizations).map(([file, content]) => [file, json(content)])),
  };
}

/**
 * Zips the package files.
 * @example
 * fs.writeFileSync('dist/teams/kakehashi.zip', await teamsAppPackage(options));
 */
export async function teamsAppPackage(options: TeamsAppOptions): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed date keeps the zip identical for identical input.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, content] of Object.entries(teamsAppPackageFiles(options))) zip.addBuffer(content, name, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
