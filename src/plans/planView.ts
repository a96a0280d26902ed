/**
 * Builds the channel-neutral {@link PlanView} of a saved plan in the user's language: the steps that apply to the
 * answers, numbered, each with where / what to bring / fee / deadline, the sources of the entries it cites and their
 * check date, and a "done" button.
 */
import type { TFunction } from 'i18next';
import type { KnowledgeBase } from '../knowledge';
import type { PlanStepView, PlanView, SourceLink } from '../replies/reply';
import { textIn, type PlanDefinition, type PlanStep } from './planDefinition';
import { deadlineText, formatDate } from './planDeadlines';
import { applicableSteps, type SavedPlan } from './savedPlan';

export interface PlanViewInput {
  plan: PlanDefinition;
  saved: SavedPlan;
  knowledge: Pick<KnowledgeBase, 'byId'>;
  t: TFunction;
  language: string;
  printLink?: SourceLink;
}

/** The action of a step's "done" button. */
export const doneAction = (planId: string, stepId: string) => `plan:done:${planId}:${stepId}`;

/**
 * @example
 * buildPlanView({ plan, saved, knowledge, t, language: 'de' }).steps[0].title; // 'Wohnsitz anmelden (Anmeldung)'
 */
export function buildPlanView(input: PlanViewInput): PlanView {
  const { plan, saved, t, language } = input;
  const steps = applicableSteps(plan, saved.answers).map((step, index): PlanStepView => {
    const done = saved.done.includes(step.id);
    const details: PlanStepView['details'] = [];
    if (step.where) details.push({ label: t('plans.labels.where'), text: textIn(step.where, language) });
    if (step.bring) details.push({ label: t('plans.labels.bring'), text: textIn(step.bring, language) });
    if (step.fee) details.push({ label: t('plans.labels.fee'), text: textIn(step.fee, language) });
    const deadline = deadlineText(plan, step, saved.answers, t, language);
    if (deadline) details.push({ label: t('plans.labels.deadline'), text: deadline });
    const { sources, checked } = sourcesOf(step, input);
    return {
      number: index + 1,
      title: textIn(step.title, language),
      details,
      done,
      ...(done ? {} : { doneChoice: { label: t('plans.doneButton', { number: index + 1 }), action: doneAction(plan.id, step.id) } }),
      sources,
      ...(checked ? { checkedLabel: t('plans.checked', { date: formatDate(checked, language) }) } : {}),
    };
  });
  const doneCount = steps.filter((step) => step.done).length;
  return {
    title: textIn(plan.title, language),
    progressLabel: t('plans.progress', { done: doneCount, total: steps.length }),
    steps,
    labels: { done: t('plans.labels.done'), sources: t('plans.labels.sources') },
    ...(input.printLink ? { printLink: input.printLink } : {}),
  };
}

/** The sources of every entry a step cites (its own, further ones, its deadline's), once each; the oldest check date. */
function sourcesOf(step: PlanStep, input: PlanViewInput): { sources: SourceLink[]; checked: string | undefined } {
  return entrySources([step.entry, ...(step.also ?? []), ...(step.deadline ? [step.deadline.entry] : [])], input.knowledge, input.language);
}

/**
 * The sources of the given knowledge entries in `language` (English where an entry lacks it), once each by URL, and
 * the oldest of their check dates (YYYY-MM-DD); unknown ids are skipped.
 */
export function entrySources(ids: readonly string[], knowledge: Pick<KnowledgeBase, 'byId'>, language: string): { sources: SourceLink[]; checked: string | undefined } {
  const sources: SourceLink[] = [];
  let checked: string | undefined;
  for (const id of new Set(ids)) {
    const entry = knowledge.byId(id);
    if (!entry) continue;
    const content = entry.content[language] ?? entry.content.en;
    for (const source of content.sources) {
      if (!sources.some((known) => known.url === source.url)) sources.push({ title: source.publisher, url: source.url });
    }
    if (!checked || entry.checked < checked) checked = entry.checked;
  }
  return { sources, checked };
}
