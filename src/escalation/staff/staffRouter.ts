/**
 * Everything office staff use, mounted at `/staff`: the console page and its assets, and the JSON API at
 * `/staff/api`. The composition root builds it from the config and the {@link CaseService}.
 */
import { Router } from 'express';
import type { i18n } from 'i18next';
import type { AppConfig } from '../../config';
import type { Logger } from '../../logging/logger';
import type { CaseService } from '../caseTypes';
import type { Office } from '../offices';
import { loadStaffAccounts, type StaffAccount } from './staffAccounts';
import { StaffAuth } from './staffAuth';
import { LoginThrottle } from './loginThrottle';
import { staffApiRouter } from './staffApi';
import { staffConsoleRouter } from './staffConsole';
import { insightsApiRouter } from '../../insights/insightsApi';
import { insightsPageRouter } from '../../insights/insightsPage';
import type { InsightsStore } from '../../insights/insightsStore';

export interface StaffRouterOptions {
  caseService: CaseService;
  offices: Office[];
  regions: { id: string; name: Record<string, string> }[];
  i18n: i18n;
  logger: Logger;
  /** `STAFF_TOKEN`: administrator access to every office. */
  adminToken: string | undefined;
  accounts: StaffAccount[];
  sessionSecret: string | undefined;
  sessionTtlSeconds: number;
  translationAvailable: boolean;
  throttle?: LoginThrottle;
  now?: () => number;
  /** Staff insights (`/staff/insights`, `/staff/api/insights`); absent = not offered. */
  insights?: { store: InsightsStore; retentionDays: number };
}

/**
 * @example
 * routers.push(staffRouter({ caseService, offices, regions, i18n, logger, adminToken: config.staffToken, accounts: [],
 *   sessionSecret: undefined, sessionTtlSeconds: 28800, translationAvailable: false }));
 */
export function staffRouter(options: StaffRouterOptions): Router {
  const auth = new StaffAuth({
    adminToken: options.adminToken,
    accounts: options.accounts,
    sessionSecret: options.sessionSecret,
    sessionTtlSeconds: options.sessionTtlSeconds,
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!auth.enabled) options.logger.warn('staff console: neither STAFF_TOKEN nor STAFF_ACCOUNTS_FILE is set; every staff API request gets 401');
  const router = Router();
  if (options.insights) {
    router.use(
      '/staff/api/insights',
      insightsApiRouter({ auth, store: options.insights.store, caseService: options.caseService, offices: options.offices, retentionDays: options.insights.retentionDays }),
    );
    router.use('/staff/insights', insightsPageRouter({ i18n: options.i18n }));
  }
  router.use(
    '/staff/api',
    staffApiRouter({ auth, caseService: options.caseService, offices: options.offices, regions: options.regions, translationAvailable: options.translationAvailable, logger: options.logger }),
  );
  router.use('/staff', staffConsoleRouter({ i18n: options.i18n, loginAvailable: auth.enabled }));
  return router;
}

export type StaffRouterDependencies = Pick<StaffRouterOptions, 'caseService' | 'offices' | 'regions' | 'i18n' | 'logger' | 'insights'>;

/**
 * Builds the staff router from the configuration: `STAFF_TOKEN`, `STAFF_ACCOUNTS_FILE` (read and checked
 * here; a bad file throws {@link StaffAccountsError} at start), `STAFF_SESSION_SECRET`, `STAFF_SESSION_TTL_SECONDS`.
 * @example
 * routers.push(staffRouterFromConfig(config, { caseService, offices: offices.offices, regions: catalog.regions, i18n, logger }));
 */
export function staffRouterFromConfig(config: AppConfig, dependencies: StaffRouterDependencies): Router {
  const accounts = config.staffAccountsFile ? loadStaffAccounts(config.staffAccountsFile, dependencies.offices.map((office) => office.id)) : [];
  if (config.staffAccountsFile) dependencies.logger.info({ accounts: accounts.length }, 'staff console: office accounts loaded');
  if (accounts.length > 0 && !config.staffSessionSecret) {
    dependencies.logger.warn('staff console: STAFF_SESSION_SECRET unset; sessions end at a restart and work on one replica only');
  }
  return staffRouter({
    ...dependencies,
    adminToken: config.staffToken,
    accounts,
    sessionSecret: config.staffSessionSecret,
    sessionTtlSeconds: config.staffSessionTtlSeconds,
    translationAvailable: config.llm !== undefined,
  });
}
