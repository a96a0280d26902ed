/**
 * Checks plans against the knowledge they cite, at start and in `npm run knowledge:check`:
 * every text of the plan and every referenced entry exists in each language of the plan's partnership (ja, de, en for
 * Tokyo ⇄ NRW; ja, fr, en for Tsu ⇄ Paris Region/Geneva: `languages` in `knowledge/partnerships.json`); every entry
 * belongs to the plan's region (or `both`); every condition names
 * a known slot and one of its values; `askIf` only looks at earlier slots; deadlines count from a date slot; and every
 * step is reachable, i.e. some combination of answers includes it.
 */
import type { KnowledgeBase } from '../knowledge';
import { ALL_REGIONS } from '../knowledge/entrySchema';
import { type PlanProblem } from './planCatalog';
import { conditionHolds, stepApplies, type Localized, type PlanAnswers, type PlanCondition, type PlanDefinition, type PlanSlot } from './planDefinition';
import { isDateChoiceValue } from './slotAnswers';

/** Above this many answer combinations reachability is not enumerated (reported as a problem: split the plan). */
const MAX_COMBINATIONS = 200_000;

export interface PlanCheckInput {
  plans: readonly PlanDefinition[];
  knowledge: Pick<KnowledgeBase, 'byId'>;
  knownRegions: readonly string[];
  /**
   * Region id → the languages its plans (and the entries they cite) must be written in: the partnership's languages,
   * from `requiredLanguagesByRegion(catalog)`.
   */
  languagesByRegion: Readonly<Record<string, readonly string[]>>;
}

/**
 * @returns every problem, each naming the plan (`plans/<id>`) and what is wrong; empty when all plans are sound.
 * @example
 * checkPlans({ plans, knowledge, knownRegions: ['tokyo', 'nrw'], languagesByRegion: { tokyo: ['ja', 'de', 'en'], nrw: ['ja', 'de', 'en'] } }); // []
 */
export function checkPlans(input: PlanCheckInput): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const seenKinds = new Set<string>();
  for (const plan of input.plans) {
    const report = (problem: string) => problems.push({ file: `plans/${plan.id}`, problem });
    if (!input.knownRegions.includes(plan.region)) report(`unknown region "${plan.region}"`);
    const kindKey = `${plan.kind}:${plan.region}`;
    if (seenKinds.has(kindKey)) report(`a second ${plan.kind} plan for region ${plan.region}`);
    seenKinds.add(kindKey);
    const languages = input.languagesByRegion[plan.region] ?? ['en'];
    checkTexts(plan, languages, report);
    checkSlots(plan, report);
    checkSteps(plan, input, languages, report);
    checkReachability(plan, report);
    checkSlotsMatter(plan, report);
  }
  return problems;
}

function checkSlots(plan: PlanDefinition, report: (problem: string) => void): void {
  const ids = new Set<string>();
  plan.slots.forEach((slot, index) => {
    if (ids.has(slot.id)) report(`duplicate slot "${slot.id}"`);
    ids.add(slot.id);
    const values = slot.choices.map((choice) => choice.value);
    if (new Set(values).size !== values.length) report(`slot "${slot.id}" has duplicate choice values`);
    if (slot.type === 'date') {
      for (const value of values) if (!isDateChoiceValue(value)) report(`date slot "${slot.id}": choice "${value}" must be today, unknown or in-<n>-days`);
      if (!slot.event) report(`date slot "${slot.id}" needs an "event" (what the date is)`);
    }
    if (slot.askIf) checkCondition(plan, slot.askIf, `askIf of slot "${slot.id}"`, report, plan.slots.slice(0, index));
  });
}

/** Every text of the plan in every language of its partnership: `title.fr: missing (plan languages ja, fr, en)`. */
function checkTexts(plan: PlanDefinition, languages: readonly string[], report: (problem: string) => void): void {
  const texts: [string, Localized | undefined][] = [['title', plan.title]];
  plan.slots.forEach((slot, index) => {
    texts.push([`slots.${index}.question`, slot.question], [`slots.${index}.event`, slot.event]);
    slot.choices.forEach((choice, choiceIndex) => texts.push([`slots.${index}.choices.${choiceIndex}.label`, choice.label]));
  });
  plan.steps.forEach((step, index) => {
    for (const field of ['title', 'where', 'bring', 'fee', 'timing'] as const) texts.push([`steps.${index}.${field}`, step[field]]);
  });
  for (const [where, text] of texts) {
    if (!text) continue;
    for (const language of languages) if (!text[language]) report(`${where}.${language}: missing (plan languages ${languages.join(', ')})`);
  }
}

function checkSteps(plan: PlanDefinition, input: PlanCheckInput, languages: readonly string[], report: (problem: string) => void): void {
  const ids = new Set<string>();
  for (const step of plan.steps) {
    if (ids.has(step.id)) report(`duplicate step "${step.id}"`);
    ids.add(step.id);
    checkEntry(plan, step.entry, `step "${step.id}"`, input, languages, report);
    for (const also of step.also ?? []) checkEntry(plan, also, `step "${step.id}"`, input, languages, report);
    if (step.when) checkCondition(plan, step.when, `when of step "${step.id}"`, report, plan.slots);
    if (step.unless) checkCondition(plan, step.unless, `unless of step "${step.id}"`, report, plan.slots);
    if (step.deadline) {
      const slot = plan.slots.find((candidate) => candidate.id === step.deadline!.after);
      if (!slot || slot.type !== 'date') report(`deadline of step "${step.id}" counts from "${step.deadline.after}", which is not a date slot`);
      checkEntry(plan, step.deadline.entry, `deadline of step "${step.id}"`, input, languages, report);
    }
  }
}

function checkEntry(plan: PlanDefinition, entryId: string, where: string, input: PlanCheckInput, languages: readonly string[], report: (problem: string) => void): void {
  const entry = input.knowledge.byId(entryId);
  if (!entry) {
    report(`${where} cites entry "${entryId}", which does not exist`);
    return;
  }
  for (const language of languages) {
    if (!entry.content[language]) report(`${where} cites entry "${entryId}", which has no ${language} text`);
  }
  if (entry.region !== plan.region && entry.region !== ALL_REGIONS) report(`${where} cites entry "${entryId}" of region ${entry.region}, not ${plan.region}`);
}

function checkCondition(plan: PlanDefinition, condition: PlanCondition, where: string, report: (problem: string) => void, visible: readonly PlanSlot[]): void {
  for (const [slotId, allowed] of Object.entries(condition)) {
    const slot = plan.slots.find((candidate) => candidate.id === slotId);
    if (!slot) {
      report(`${where} names unknown slot "${slotId}"`);
      continue;
    }
    if (!visible.includes(slot)) report(`${where} names slot "${slotId}", which is asked later`);
    for (const value of Array.isArray(allowed) ? allowed : [allowed]) {
      if (!slot.choices.some((choice) => choice.value === value)) report(`${where} names value "${value}", which slot "${slotId}" does not have`);
    }
  }
}

/** Every combination of answers a user can give, following `askIf` (a slot not asked stays unanswered). */
function answerCombinations(slots: readonly PlanSlot[]): PlanAnswers[] | undefined {
  let combinations: PlanAnswers[] = [{}];
  for (const slot of slots) {
    const next: PlanAnswers[] = [];
    for (const answers of combinations) {
      if (slot.askIf && !conditionHolds(slot.askIf, answers)) {
        next.push(answers);
        continue;
      }
      for (const choice of slot.choices) next.push({ ...answers, [slot.id]: choice.value });
    }
    if (next.length > MAX_COMBINATIONS) return undefined;
    combinations = next;
  }
  return combinations;
}

function checkReachability(plan: PlanDefinition, report: (problem: string) => void): void {
  const combinations = answerCombinations(plan.slots);
  if (!combinations) {
    report(`more than ${MAX_COMBINATIONS} answer combinations: split the plan`);
    return;
  }
  for (const step of plan.steps) {
    if (!combinations.some((answers) => stepApplies(step, answers))) report(`step "${step.id}" is unreachable: no combination of answers includes it`);
  }
}

/** A question whose answer changes nothing must not be asked: every slot is named by a condition or a deadline. */
function checkSlotsMatter(plan: PlanDefinition, report: (problem: string) => void): void {
  const named = new Set<string>();
  const name = (condition: PlanCondition | undefined) => Object.keys(condition ?? {}).forEach((slot) => named.add(slot));
  for (const slot of plan.slots) name(slot.askIf);
  for (const step of plan.steps) {
    name(step.when);
    name(step.unless);
    if (step.deadline) named.add(step.deadline.after);
  }
  for (const slot of plan.slots) if (!named.has(slot.id)) report(`slot "${slot.id}" changes no step: do not ask it`);
}
