/**
 * Checks plans against the knowledge they cite, at start and in `npm run knowledge:check`:
 * every referenced entry exists in ja, de and en and belongs to the plan's region (or `both`); every condition names
 * a known slot and one of its values; `askIf` only looks at earlier slots; deadlines count from a date slot; and every
 * step is reachable, i.e. some combination of answers includes it.
 */
import type { KnowledgeBase } from '../knowledge';
import { ALL_REGIONS, REQUIRED_LANGUAGES } from '../knowledge/entrySchema';
import { type PlanProblem } from './planCatalog';
import { conditionHolds, stepApplies, type PlanAnswers, type PlanCondition, type PlanDefinition, type PlanSlot } from './planDefinition';
import { isDateChoiceValue } from './slotAnswers';

/** Above this many answer combinations reachability is not enumerated (reported as a problem: split the plan). */
const MAX_COMBINATIONS = 200_000;

export interface PlanCheckInput {
  plans: readonly PlanDefinition[];
  knowledge: Pick<KnowledgeBase, 'byId'>;
  knownRegions: readonly string[];
}

/**
 * @returns every problem, each naming the plan (`plans/<id>`) and what is wrong; empty when all plans are sound.
 * @example
 * checkPlans({ plans, knowledge, knownRegions: ['tokyo', 'nrw'] }); // []
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
    checkSlots(plan, report);
    checkSteps(plan, input, report);
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

function checkSteps(plan: PlanDefinition, input: PlanCheckInput, report: (problem: string) => void): void {
  const ids = new Set<string>();
  for (const step of plan.steps) {
    if (ids.has(step.id)) report(`duplicate step "${step.id}"`);
    ids.add(step.id);
    checkEntry(plan, step.entry, `step "${step.id}"`, input, report);
    for (const also of step.also ?? []) checkEntry(plan, also, `step "${step.id}"`, input, report);
    if (step.when) checkCondition(plan, step.when, `when of step "${step.id}"`, report, plan.slots);
    if (step.unless) checkCondition(plan, step.unless, `unless of step "${step.id}"`, report, plan.slots);
    if (step.deadline) {
      const slot = plan.slots.find((candidate) => candidate.id === step.deadline!.after);
      if (!slot || slot.type !== 'date') report(`deadline of step "${step.id}" counts from "${step.deadline.after}", which is not a date slot`);
      checkEntry(plan, step.deadline.entry, `deadline of step "${step.id}"`, input, report);
    }
  }
}

function checkEntry(plan: PlanDefinition, entryId: string, where: string, input: PlanCheckInput, report: (problem: string) => void): void {
  const entry = input.knowledge.byId(entryId);
  if (!entry) {
    report(`${where} cites entry "${entryId}", which does not exist`);
    return;
  }
  for (const language of REQUIRED_LANGUAGES) {
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
