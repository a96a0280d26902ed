/**
 * Reads every plan in `knowledge/plans/*.yaml` (or `.json`) and checks its shape. Cross-checks against the knowledge
 * entries (every entry exists in every language, every condition names a known slot and value, every step reachable)
 * are in `planCheck.ts`; the composition root runs both at start, so a broken plan stops the service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../knowledge/yamlCache';
import { planSchema, type PlanDefinition } from './planDefinition';

/** One problem in one plan file. */
export interface PlanProblem {
  file: string;
  problem: string;
}

export class PlanValidationError extends Error {
  override name = 'PlanValidationError';
  constructor(readonly problems: PlanProblem[]) {
    super(`invalid plans:\n${problems.map((p) => `  ${p.file}: ${p.problem}`).join('\n')}`);
  }
}

/** The plans, by id and by what they are for. */
export interface PlanCatalog {
  readonly plans: readonly PlanDefinition[];
  byId(id: string): PlanDefinition | undefined;
  /** The plan of this kind for this region, if one exists. */
  find(kind: PlanDefinition['kind'], regionId: string): PlanDefinition | undefined;
  /** Regions that have a plan of this kind. */
  regionsFor(kind: PlanDefinition['kind']): string[];
}

export function planCatalogOf(plans: readonly PlanDefinition[]): PlanCatalog {
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  return {
    plans,
    byId: (id) => byId.get(id),
    find: (kind, regionId) => plans.find((plan) => plan.kind === kind && plan.region === regionId),
    regionsFor: (kind) => [...new Set(plans.filter((plan) => plan.kind === kind).map((plan) => plan.region))],
  };
}

/**
 * Reads the plan files of `plansDir` and returns the shape-valid plans and every problem found.
 * A missing directory means no plans.
 */
export function readPlans(plansDir: string): { plans: PlanDefinition[]; problems: PlanProblem[] } {
  const plans: PlanDefinition[] = [];
  const problems: PlanProblem[] = [];
  if (!fs.existsSync(plansDir)) return { plans, problems };
  const files = fs.readdirSync(plansDir).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
  for (const name of files) {
    const file = path.join(plansDir, name);
    let raw: unknown;
    try {
      const text = fs.readFileSync(file, 'utf8');
      raw = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      problems.push({ file, problem: `cannot be parsed: ${(error as Error).message}` });
      continue;
    }
    const parsed = planSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, problem: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
      continue;
    }
    if (path.basename(name).replace(/\.(ya?ml|json)$/, '') !== parsed.data.id) {
      problems.push({ file, problem: `id "${parsed.data.id}" differs from the file name` });
    }
    if (plans.some((plan) => plan.id === parsed.data.id)) problems.push({ file, problem: `duplicate plan id "${parsed.data.id}"` });
    plans.push(parsed.data);
  }
  return { plans, problems };
}
