/**
 * Per-office staff accounts, read once at start from the JSON file named by `STAFF_ACCOUNTS_FILE`:
 * `[{ "id", "officeId", "name", "language", "passwordHash" }]`. A bad file stops the start with a message
 * that names the entry and the field, rather than locking staff out at the first login.
 */
import fs from 'node:fs';
import { isSupportedLanguage, type SupportedLanguage } from '../../i18n/i18n';
import { parsePasswordHash } from './passwordHash';

export interface StaffAccount {
  id: string;
  officeId: string;
  name: string;
  language: SupportedLanguage;
  passwordHash: string;
}

export class StaffAccountsError extends Error {
  override name = 'StaffAccountsError';
  constructor(readonly file: string, reason: string) {
    super(`staff accounts (${file}): ${reason}`);
  }
}

const ID_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;

/**
 * Validates parsed account data against the known offices.
 * @example
 * parseStaffAccounts([{ id: 'anna', officeId: 'nrw-global-business', name: 'Anna', language: 'de', passwordHash }], ['nrw-global-business']);
 */
export function parseStaffAccounts(data: unknown, officeIds: readonly string[], file = 'staff accounts'): StaffAccount[] {
  if (!Array.isArray(data)) throw new StaffAccountsError(file, 'expected a JSON array of accounts');
  const seen = new Set<string>();
  return data.map((entry, index) => {
    const where = `entry ${index}`;
    if (!entry || typeof entry !== 'object') throw new StaffAccountsError(file, `${where}: expected an object`);
    const { id, officeId, name, language, passwordHash } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new StaffAccountsError(file, `${where}: "id" must be 1–64 letters, digits or . _ @ -`);
    if (seen.has(id)) throw new StaffAccountsError(file, `${where}: duplicate id "${id}"`);
    seen.add(id);
    if (typeof officeId !== 'string' || !officeIds.includes(officeId)) {
      throw new StaffAccountsError(file, `${where} (${id}): "officeId" must be one of ${officeIds.join(', ')}`);
    }
    if (typeof name !== 'string' || !name.trim()) throw new StaffAccountsError(file, `${where} (${id}): "name" is required`);
    if (!isSupportedLanguage(language)) throw new StaffAccountsError(file, `${where} (${id}): "language" must be ja, de or en`);
    if (typeof passwordHash !== 'string') throw new StaffAccountsError(file, `${where} (${id}): "passwordHash" is required`);
    try {
      parsePasswordHash(passwordHash);
    } catch (error) {
      throw new StaffAccountsError(file, `${where} (${id}): ${(error as Error).message}`);
    }
    return { id, officeId, name: name.trim(), language, passwordHash };
  });
}

/** Reads and validates the accounts file. */
export function loadStaffAccounts(file: string, officeIds: readonly string[]): StaffAccount[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StaffAccountsError(file, `cannot read JSON: ${(error as Error).message}`);
  }
  return parseStaffAccounts(data, officeIds, file);
}
