/**
 * Everything office staff use, mounted at `/staff`: the console page and its assets, and the JSON API at
 * `/staff/api`. The composition root builds it from the config and the {@link CaseService}.
 */
import { Router } from 'express';
import type { i18n } from 'i18next';
import type { Logger } from '../../logging/logger';
import type { CaseService } from '../caseTypes';
import type { Office } from '../offices';
import type { StaffAccount } from './staffAccounts';
import { StaffAuth } from './staffAuth';
import { LoginThrottle } from './loginThrottle';
import { staffApiRouter } from './staffApi';
import { staffConsoleRouter } from './staffConsole';

export interface StaffRouterOptions {
  caseService: CaseService;
  offices: Office[];
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
}

/**
 * @example
 * routers.push(staffRouter({ caseService, offices, i18n, logger, adminToken: config.staffToken, accounts: [],
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
  router.use(
    '/staff/api',
    staffApiRouter({ auth, caseService: options.caseService, offices: options.offices, translationAvailable: options.translationAvailable, logger: options.logger }),
  );
  router.use('/staff', staffConsoleRouter({ i18n: options.i18n, loginAvailable: auth.enabled }));
  return router;
}
