/**
 * The plan format of `knowledge/plans/*.yaml` (documented in `knowledge/plans/README.md`): slots the planner asks,
 * steps with conditions on the answers, each step citing the knowledge entry it comes from.
 * The shape is checked with zod when a file is read; cross-checks against knowledge live in `planCheck.ts`.
 */
import { z } from 'zod';

/**
 * Text per language code. English is always there (the fallback for a user whose language a plan lacks); the other
 * languages a plan must have are its partnership's (`languages` in `knowledge/partnerships.json`), checked in
 * `planCheck.ts`: ja, de, en for Tokyo ⇄ NRW; ja, fr, en for Tsu ⇄ Paris Region/Geneva.
 */
const localized = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));
export type Localized = z.infer<typeof localized>;

const slotValue = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'values are lower-case ids');

const choiceSchema = z.object({
  value: slotValue,
  label: localized,
  /** Further typed words that mean this choice (any language), matched as whole words. */
  synonyms: z.array(z.string().min(1)).optional(),
  /** For amount slots: a typed number in this range (inclusive) picks this choice. */
  range: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
});
export type PlanChoice = z.infer<typeof choiceSchema>;

/** `{ slot: value }` or `{ slot: [value, value] }`: every named slot must hold one of the values. */
const condition = z.record(z.string(), z.union([slotValue, z.array(slotValue).min(1)]));
export type PlanCondition = z.infer<typeof condition>;

const slotSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** `choice` (buttons; typed label, synonym, number or amount) or `date` (typed date; buttons for common answers). */
  type: z.enum(['choice', 'date']).default('choice'),
  question: localized,
  /** For date slots: what the date is, for deadlines written relative to it ("after arrival"). */
  event: localized.optional(),
  choices: z.array(choiceSchema).min(1),
  /** Asked only when this holds; otherwise the slot stays unanswered and conditions on it are false. */
  askIf: condition.optional(),
});
export type PlanSlot = z.infer<typeof slotSchema>;

const deadlineSchema = z
  .object({
    days: z.number().int().positive().optional(),
    months: z.number().int().positive().optional(),
    /** A date slot; the deadline is that date plus days/months. */
    after: z.string(),
    /** The knowledge entry that sources this deadline. */
    entry: z.string(),
  })
  .refine((deadline) => (deadline.days === undefined) !== (deadline.months === undefined), 'a deadline has days or months, not both');
export type PlanDeadline = z.infer<typeof deadlineSchema>;

const stepSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The knowledge entry this step comes from: its sources and check date are shown with the step. */
  entry: z.string(),
  /** Further entries whose facts the step uses (their sources are shown too). */
  also: z.array(z.string()).optional(),
  when: condition.optional(),
  unless: condition.optional(),
  title: localized,
  where: localized.optional(),
  bring: localized.optional(),
  fee: localized.optional(),
  /** A deadline that cannot be dated from the answers ("before the first hire"). */
  timing: localized.optional(),
  deadline: deadlineSchema.optional(),
});
export type PlanStep = z.infer<typeof stepSchema>;

export const planSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** What the planner is for: `company` (founding) or `moving` (relocating). */
  kind: z.enum(['company', 'moving']),
  /** A region id from `knowledge/partnerships.json`. */
  region: z.string(),
  title: localized,
  slots: z.array(slotSchema),
  steps: z.array(stepSchema).min(1),
});
export type PlanDefinition = z.infer<typeof planSchema>;

/** Slot id → answered value (a choice value, an ISO date `YYYY-MM-DD`, or `unknown`). */
export type PlanAnswers = Record<string, string>;

/**
 * True when every slot named in `when` holds one of its values (unanswered slots never match).
 * @example
 * conditionHolds({ form: ['kk', 'gk'] }, { form: 'kk' }); // true
 */
export function conditionHolds(when: PlanCondition | undefined, answers: PlanAnswers): boolean {
  if (!when) return true;
  return Object.entries(when).every(([slot, allowed]) => {
    const value = answers[slot];
    return value !== undefined && (Array.isArray(allowed) ? allowed.includes(value) : allowed === value);
  });
}

/** True when `unless` names no slot that holds one of its values. */
export function exceptionHolds(unless: PlanCondition | undefined, answers: PlanAnswers): boolean {
  if (!unless) return false;
  return Object.entries(unless).some(([slot, excluded]) => {
    const value = answers[slot];
    return value !== undefined && (Array.isArray(excluded) ? excluded.includes(value) : excluded === value);
  });
}

/** Whether a step belongs in the plan for these answers. */
export function stepApplies(step: PlanStep, answers: PlanAnswers): boolean {
  return conditionHolds(step.when, answers) && !exceptionHolds(step.unless, answers);
}

/** The text in `language`, English when the plan has none in it (a German user of a Tsu plan reads English). */
export function textIn(text: Localized, language: string): string {
  return text[language] ?? text.en;
}
