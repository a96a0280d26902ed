/**
 * Deadlines as dates computed from the dates the user gave ("arrive 3 March → register by 17 March"), written in
 * the user's language, or relative to the event when the date is not known yet ("within 14 days of moving in").
 */
import type { TFunction } from 'i18next';
import { textIn, type PlanAnswers, type PlanDefinition, type PlanStep } from './planDefinition';
import { addDays, addMonths } from './slotAnswers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The step's deadline as `YYYY-MM-DD` when its start date is known.
 * @example
 * deadlineDate({ days: 14, after: 'arrival', entry: '…' } as never, { arrival: '2027-03-03' }); // '2027-03-17'
 */
export function deadlineDate(step: Pick<PlanStep, 'deadline'>, answers: PlanAnswers): string | undefined {
  const deadline = step.deadline;
  if (!deadline) return undefined;
  const start = answers[deadline.after];
  if (!start || !ISO_DATE.test(start)) return undefined;
  return deadline.days !== undefined ? addDays(start, deadline.days) : addMonths(start, deadline.months ?? 0);
}

/** A `YYYY-MM-DD` date written out in the language: "17 March 2027", "17. März 2027", "2027年3月17日". */
export function formatDate(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}

/** The deadline line of a step, dated where possible; undefined when the step has neither deadline nor timing. */
export function deadlineText(plan: PlanDefinition, step: PlanStep, answers: PlanAnswers, t: TFunction, language: string): string | undefined {
  if (step.deadline) {
    const slot = plan.slots.find((candidate) => candidate.id === step.deadline!.after);
    const event = slot?.event ? textIn(slot.event, language) : step.deadline.after;
    const period = step.deadline.days !== undefined
      ? t('plans.period.days', { count: step.deadline.days })
      : t('plans.period.months', { count: step.deadline.months ?? 0 });
    const due = deadlineDate(step, answers);
    if (due) return t('plans.deadline.dated', { date: formatDate(due, language), period, event, start: formatDate(answers[step.deadline.after]!, language) });
    return t('plans.deadline.relative', { period, event });
  }
  return step.timing ? textIn(step.timing, language) : undefined;
}
