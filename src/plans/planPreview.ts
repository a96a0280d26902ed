/**
 * The outline a planner shows before its first question: the steps that already apply to what the request told,
 * plus the steps that hang only on the question asked next when it is a real fork (the legal form, the city; not a yes/no
 * question about the user's own case, nor a date), each marked with the answers it is for. A user who asked for a checklist sees its main steps at once; the questions only tailor it.
 */
import { conditionHolds, exceptionHolds, textIn, type PlanAnswers, type PlanDefinition, type PlanSlot } from './planDefinition';

export interface PreviewStep {
  /** The step's title in the user's language (English where the plan lacks it). */
  title: string;
  /** What the step costs or asks for (its `bring` and `fee`: "at least EUR 12,500 …"), in the user's language. */
  facts: string[];
  /** The knowledge entries the step cites (its own and `also`): their sources back the preview. */
  entryIds: string[];
  /** Labels of the next question's answers the step is for; empty when it applies already. */
  onlyFor: string[];
}

/**
 * @param answers slot id → value known so far (from the request, or earlier answers)
 * @param next the question the planner asks next (its answers fork the plan)
 * @returns the steps in plan order
 * @example
 * planPreview(companyTokyo, {}, formSlot, 'en'); // [{ title: 'Talk to …', facts: [], entryIds: ['tokyo-contact-office'], onlyFor: [] }, { title: 'Have the articles certified …', onlyFor: ['Kabushiki Kaisha (KK)'], … }, …]
 */
export function planPreview(plan: PlanDefinition, answers: PlanAnswers, next: PlanSlot | undefined, language: string): PreviewStep[] {
  const steps: PreviewStep[] = [];
  for (const step of plan.steps) {
    if (exceptionHolds(step.unless, answers)) continue;
    const shown = {
      title: textIn(step.title, language),
      facts: [step.bring, step.fee].filter((text) => text !== undefined).map((text) => textIn(text, language)),
      entryIds: [step.entry, ...(step.also ?? [])],
    };
    if (conditionHolds(step.when, answers)) {
      steps.push({ ...shown, onlyFor: [] });
      continue;
    }
    if (!next || !isFork(next) || !step.when || answers[next.id] !== undefined || step.when[next.id] === undefined) continue;
    const { [next.id]: allowed, ...rest } = step.when;
    if (!conditionHolds(rest, answers)) continue;
    const values = Array.isArray(allowed) ? allowed : [allowed];
    const labels = next.choices.filter((choice) => values.includes(choice.value)).map((choice) => textIn(choice.label, language));
    if (labels.length > 0) steps.push({ ...shown, onlyFor: labels });
  }
  return steps;
}

/** A choice question whose answers lead different ways (legal form, city), not yes/no about the user's case, nor a date. */
function isFork(slot: PlanSlot): boolean {
  return slot.type !== 'date' && slot.choices.length >= 2 && !slot.choices.every((choice) => choice.value === 'yes' || choice.value === 'no');
}
