/**
 * Starts an HTTP app with only the staff router on a loopback port, using the real HTTP server
 * (body parsing, error handler), the real locales and offices, and an in-memory case service.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createHttpApp } from '../../../../src/http/server';
import { createI18n } from '../../../../src/i18n/i18n';
import { loadOffices } from '../../../../src/escalation/offices';
import { loadPartnerships } from '../../../../src/partnerships/partnerships';
import { staffRouter } from '../../../../src/escalation/staff/staffRouter';
import { hashPassword } from '../../../../src/escalation/staff/passwordHash';
import { loadStaffAccounts } from '../../../../src/escalation/staff/staffAccounts';
import { LoginThrottle } from '../../../../src/escalation/staff/loginThrottle';
import { MemoryCaseService } from './memoryCaseService';

const root = path.resolve(import.meta.dirname, '../../../..');
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789abcdef';

export const ACCOUNTS = {
  anna: { id: 'anna', officeId: 'nrw-global-business', name: 'Anna Schmidt', language: 'de', password: 'anna-password-123' },
  kenji: { id: 'kenji', officeId: 'tmg-commerce-industry', name: '佐藤 健二', language: 'ja', password: 'kenji-password-456' },
} as const;

let accountsFile: Promise<string> | undefined;

/** Writes the accounts file once per test file (hashing is deliberately slow). */
export function staffAccountsFile(): Promise<string> {
  accountsFile ??= (async () => {
    const entries = await Promise.all(
      Object.values(ACCOUNTS).map(async ({ password, ...account }) => ({ ...account, passwordHash: await hashPassword(password) })),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-staff-'));
    const file = path.join(dir, 'staff-accounts.json');
    fs.writeFileSync(file, JSON.stringify(entries, null, 2));
    return file;
  })();
  return accountsFile;
}

export interface StaffApp {
  url: string;
  cases: MemoryCaseService;
  stop(): Promise<void>;
}

export async function startStaffApp(options: { translationAvailable?: boolean; throttle?: LoginThrottle; adminToken?: string } = {}): Promise<StaffApp> {
  const logger = pino({ level: 'silent' });
  const offices = loadOffices(path.join(root, 'knowledge/offices.json')).offices;
  const cases = new MemoryCaseService();
  const router = staffRouter({
    caseService: cases,
    offices,
    regions: loadPartnerships(path.join(root, 'knowledge/partnerships.json')).regions,
    i18n: await createI18n(path.join(root, 'locales')),
    logger,
    adminToken: 'adminToken' in options ? options.adminToken : ADMIN_TOKEN,
    accounts: loadStaffAccounts(await staffAccountsFile(), offices.map((office) => office.id)),
    sessionSecret: undefined,
    sessionTtlSeconds: 3600,
    translationAvailable: options.translationAvailable ?? false,
    ...(options.throttle ? { throttle: options.throttle } : {}),
  });
  const app = createHttpApp({ logger, bodyLimitBytes: 256 * 1024, readiness: [], routers: [router] });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cases,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small JSON client for the staff API. */
export function staffClient(baseUrl: string, token?: string) {
  return async (method: string, route: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> => {
    const response = await fetch(`${baseUrl}/staff/api${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

export async function loginAs(baseUrl: string, account: { id: string; password: string }): Promise<string> {
  const response = await staffClient(baseUrl)('POST', '/login', { id: account.id, password: account.password });
  if (response.status !== 200) throw new Error(`login ${account.id}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token as string;
}
