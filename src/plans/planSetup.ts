/**
 * Builds the plans side for the composition root: reads and checks `knowledge/plans/` against the knowledge (a broken
 * plan stops the start with every problem listed), and wires planner, reminders and the printable page.
 */
import type { Storage } from 'botbuilder';
import type { Router } from 'express';
import type { i18n } from 'i18next';
import type { Logger } from '../logging/logger';
import type { KnowledgeBase } from '../knowledge';
import type { UserMessengers } from '../escalation/userMessenger';
import { PlanValidationError, planCatalogOf, readPlans, type PlanCatalog } from './planCatalog';
import { checkPlans } from './planCheck';
import { PlanLinks } from './planLinks';
import { planPageRouter } from './planPage';
import { PlanReminders } from './planReminders';
import { Planner } from './planner';

export interface PlansSetupDeps {
  plansDir: string;
  knowledge: KnowledgeBase;
  knownRegions: string[];
  /** Region id → the languages of its partnership (`requiredLanguagesByRegion(catalog)`): every plan text in each. */
  languagesByRegion: Readonly<Record<string, readonly string[]>>;
  storage: Storage;
  messengers: Pick<UserMessengers, 'send'>;
  i18n: i18n;
  logger: Logger;
  /** Service secret the link key is derived from (`DIRECTLINE_SECRET`). */
  secret: string;
  /** `PUBLIC_BASE_URL`; without it plans carry no printable link (a chat link must be absolute). */
  publicBaseUrl: string | undefined;
  clock?: () => Date;
}

export interface Plans {
  catalog: PlanCatalog;
  planner: Planner;
  reminders: PlanReminders;
  /** `GET /plans/<token>`, when links are on. */
  router: Router | undefined;
}

/** @throws PlanValidationError listing every problem when a plan is broken. */
export function openPlans(deps: PlansSetupDeps): Plans {
  const { plans, problems } = readPlans(deps.plansDir);
  const all = [...problems, ...checkPlans({ plans, knowledge: deps.knowledge, knownRegions: deps.knownRegions, languagesByRegion: deps.languagesByRegion })];
  if (all.length > 0) throw new PlanValidationError(all);
  const catalog = planCatalogOf(plans);
  const clock = deps.clock;
  const reminders = new PlanReminders({ storage: deps.storage, catalog, messengers: deps.messengers, i18n: deps.i18n, logger: deps.logger, ...(clock ? { clock } : {}) });
  const links = deps.publicBaseUrl ? new PlanLinks(deps.secret, deps.publicBaseUrl, clock) : undefined;
  const planner = new Planner({ catalog, knowledge: deps.knowledge, reminders, ...(links ? { links } : {}), ...(clock ? { clock } : {}) });
  deps.logger.info({ plans: plans.map((plan) => plan.id), printableLinks: Boolean(links) }, 'plans loaded');
  return {
    catalog,
    planner,
    reminders,
    router: links ? planPageRouter({ links, storage: deps.storage, catalog, knowledge: deps.knowledge, i18n: deps.i18n, ...(clock ? { clock } : {}) }) : undefined,
  };
}
