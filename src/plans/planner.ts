/**
 * What the planner dialog and the root dialog share: the plan catalog and knowledge, the plan reply (with the
 * printable link and the reminder choice), marking steps done, reminders on/off, and the plan as a case carries it.
 */
import type { TFunction } from 'i18next';
import type { KnowledgeBase } from '../knowledge';
import type { Choice, Reply } from '../replies/reply';
import type { PlanCatalog } from './planCatalog';
import { textIn } from './planDefinition';
import { deadlineDate } from './planDeadlines';
import type { PlanLinks } from './planLinks';
import type { PlanReminders } from './planReminders';
import { buildPlanView } from './planView';
import { applicableSteps, markStep, savedPlanOf, type PlanHolder, type SavedPlan } from './savedPlan';
import { isoDate } from './slotAnswers';

export interface PlannerDeps {
  catalog: PlanCatalog;
  knowledge: Pick<KnowledgeBase, 'byId'>;
  /** Printable links; absent = no link in the plan. */
  links?: PlanLinks;
  /** Reminders; absent = the reminder choice is not offered. */
  reminders?: PlanReminders;
  clock?: () => Date;
}

/** Where the user is: who they are on which channel, in which language. */
export interface PlanAudience {
  t: TFunction;
  language: string;
  channelId: string;
  userId: string;
}

/** A plan as an escalation case carries it, so staff see where the user stands. */
export interface CasePlan {
  planId: string;
  title: string;
  language: string;
  steps: { number: number; title: string; done: boolean; deadline?: string }[];
  updatedAt: string;
}

export class Planner {
  private readonly clock: () => Date;

  constructor(readonly deps: PlannerDeps) {
    if (!deps.catalog || !deps.knowledge) throw new Error('Planner needs the plan catalog and knowledge');
    this.clock = deps.clock ?? (() => new Date());
  }

  get catalog(): PlanCatalog {
    return this.deps.catalog;
  }

  now(): string {
    return this.clock().toISOString();
  }

  /** Today as `YYYY-MM-DD` (the server's calendar day). */
  today(): string {
    return isoDate(this.clock());
  }

  /** The saved plan as a reply (`lead` before it), with print link and choices; undefined when there is none. */
  planReply(holder: PlanHolder, audience: PlanAudience, options: { planId?: string; lead?: string } = {}): Reply | undefined {
    const saved = savedPlanOf(holder, options.planId);
    const plan = saved ? this.deps.catalog.byId(saved.planId) : undefined;
    if (!saved || !plan) return undefined;
    const { t, language } = audience;
    const printLink = this.deps.links
      ? { title: t('plans.printLink'), url: this.deps.links.url({ channelId: audience.channelId, userId: audience.userId, planId: plan.id, language }) }
      : undefined;
    const view = buildPlanView({ plan, saved, knowledge: this.deps.knowledge, t, language, ...(printLink ? { printLink } : {}) });
    const choices: Choice[] = [];
    if (this.deps.reminders && this.hasDatedDeadline(saved)) {
      choices.push(saved.reminders
        ? { label: t('plans.reminder.offButton'), action: `plan:reminders:off:${plan.id}` }
        : { label: t('plans.reminder.onButton'), action: `plan:reminders:on:${plan.id}` });
    }
    choices.push({ label: t('plans.menuButton'), action: 'menu' });
    const text = [options.lead, t('plans.howToTick')].filter(Boolean).join('\n\n');
    return { text, plan: view, choices };
  }

  /**
   * Marks a step done by its id or by its number in the shown plan.
   * @returns the step's number, or undefined when the plan has no such step.
   */
  markDone(holder: PlanHolder, step: { planId?: string; stepId?: string; number?: number }): { saved: SavedPlan; number: number } | undefined {
    const saved = savedPlanOf(holder, step.planId);
    const plan = saved ? this.deps.catalog.byId(saved.planId) : undefined;
    if (!saved || !plan) return undefined;
    const steps = applicableSteps(plan, saved.answers);
    const index = step.stepId ? steps.findIndex((candidate) => candidate.id === step.stepId) : (step.number ?? 0) - 1;
    const target = steps[index];
    if (!target || !markStep(saved, plan, target.id, true, this.now())) return undefined;
    return { saved, number: index + 1 };
  }

  /** Turns reminders on or off for a saved plan; on schedules them, off removes them. @returns reminders scheduled. */
  async setReminders(holder: PlanHolder, audience: Pick<PlanAudience, 'channelId' | 'userId'>, planId: string | undefined, on: boolean): Promise<number | undefined> {
    const targets = planId ? [savedPlanOf(holder, planId)].filter((plan): plan is SavedPlan => Boolean(plan)) : holder.plans ?? [];
    if (targets.length === 0) return undefined;
    let scheduled = 0;
    for (const saved of targets) {
      saved.reminders = on;
      saved.updatedAt = this.now();
      if (on) scheduled += (await this.deps.reminders?.schedule(audience.channelId, audience.userId, saved)) ?? 0;
      else await this.deps.reminders?.cancel(audience.channelId, audience.userId, saved.planId);
    }
    return scheduled;
  }

  /** The user's latest plan as a case carries it (in the user's language), or undefined. */
  casePlan(holder: PlanHolder, t: TFunction, language: string): CasePlan | undefined {
    const saved = savedPlanOf(holder);
    const plan = saved ? this.deps.catalog.byId(saved.planId) : undefined;
    if (!saved || !plan) return undefined;
    const view = buildPlanView({ plan, saved, knowledge: this.deps.knowledge, t, language });
    return {
      planId: plan.id,
      title: textIn(plan.title, language),
      language,
      steps: view.steps.map((step) => {
        const deadline = step.details.find((detail) => detail.label === t('plans.labels.deadline'))?.text;
        return { number: step.number, title: step.title, done: step.done, ...(deadline ? { deadline } : {}) };
      }),
      updatedAt: saved.updatedAt,
    };
  }

  private hasDatedDeadline(saved: SavedPlan): boolean {
    const plan = this.deps.catalog.byId(saved.planId);
    return Boolean(plan && applicableSteps(plan, saved.answers).some((step) => deadlineDate(step, saved.answers)));
  }
}
