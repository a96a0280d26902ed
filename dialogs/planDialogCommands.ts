/**
 * What the root dialog does with plan messages when no planner question waits: a request for a plan starts the
 * planner; "my plan" shows the saved plan (or resumes a half-answered planner); "step 3 done" ticks a step;
 * "reminders off" stops reminders; and the plan buttons (done, show, reminders on/off, start).
 */
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { Command } from '../src/conversation/commands';
import type { Answerer } from '../src/conversation/answering';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import type { Planner, PlanAudience } from '../src/plans/planner';
import { planRequestOf, remindersOffRequested, stepDoneOf } from '../src/plans/planIntents';
import { noPlanHereReply, PLAN_DIALOG, type PlanDialogOptions } from './planDialog';
import { sendReply } from './sendReply';

function audienceOf(dc: DialogContext): PlanAudience {
  const { t, language } = turnServices(dc.context);
  return { t, language, channelId: dc.context.activity.channelId, userId: dc.context.activity.from.id };
}

/** Handles a plan message at top level; undefined when the message is not about plans. */
export async function planTopLevel(
  dc: DialogContext,
  planner: Planner,
  regions: RegionResolver,
  command: Command | undefined,
  answerer?: Pick<Answerer, 'answerEntry'>,
): Promise<DialogTurnResult | undefined> {
  const { input } = turnServices(dc.context);
  if (command === 'my-plan') return showPlan(dc, planner);
  if (input.kind !== 'text') return undefined;
  const number = stepDoneOf(input.text);
  if (number !== undefined) return markDone(dc, planner, { number });
  if (remindersOffRequested(input.text)) return setReminders(dc, planner, undefined, false);
  const request = planRequestOf(input.text);
  if (request) {
    const regionId = regions.regionOf(input.text, turnServices(dc.context).partnership?.regions);
    // A broad moving question gets the region's arrival overview (partnerships.json), with the moving plan as a
    // choice where the region has one; without an overview, the plan's outline; else it is searched like any question.
    if (request.broad) {
      const plan = regionId && request.kind ? planner.catalog.find(request.kind, regionId) : undefined;
      const overview = regionId ? regions.region(regionId)?.arrivalOverview : undefined;
      if (overview && answerer) return answerOverview(dc, answerer, overview, regionId!, plan ? `plan:new:${plan.kind}:${regionId}` : undefined);
      if (!plan) return undefined;
    }
    return startPlanner(dc, planner, { kind: request.kind, regionId, text: input.text });
  }
  return undefined;
}

/** Answers with one entry (a region's arrival overview), kept as the last answer for follow-ups; `planAction` adds the plan as the first choice. */
async function answerOverview(
  dc: DialogContext,
  answerer: Pick<Answerer, 'answerEntry'>,
  entryId: string,
  regionId: string,
  planAction: string | undefined,
): Promise<DialogTurnResult | undefined> {
  const services = turnServices(dc.context);
  const answer = await answerer.answerEntry(entryId, {
    text: '', language: services.language, messageLanguage: services.messageLanguage, regionId, partnershipRegions: services.partnership?.regions, t: services.t,
  });
  if (!answer) return undefined;
  const reply = planAction ? { ...answer, choices: [{ label: services.t('plans.makeMine'), action: planAction }, ...(answer.choices ?? [])] } : answer;
  services.conversation.lastAnswer = { entryId, regionId };
  await sendReply(dc.context, reply);
  return dc.endDialog();
}

/**
 * Starts the planner, unless the place named or the conversation's partnership has no plan (of that kind): then it
 * says so and offers the office, rather than a plan for somewhere else. Every way into the planner goes through here
 * (a typed request, the "new plan" buttons), so none bypasses this.
 */
async function startPlanner(dc: DialogContext, planner: Planner, options: PlanDialogOptions): Promise<DialogTurnResult> {
  const { partnership, t } = turnServices(dc.context);
  const withPlans = new Set(options.kind ? planner.catalog.regionsFor(options.kind) : planner.catalog.plans.map((plan) => plan.region));
  if ((options.regionId && !withPlans.has(options.regionId)) || (partnership && !partnership.regions.some((region) => withPlans.has(region)))) {
    await sendReply(dc.context, noPlanHereReply(t));
    return dc.endDialog();
  }
  return dc.beginDialog(PLAN_DIALOG, options);
}

/** The `plan:…` buttons: `done:<plan>:<step>`, `show`, `reminders:on|off:<plan>`, `new:<kind>[:<region>]`. */
export async function planAction(dc: DialogContext, planner: Planner, argument: string): Promise<DialogTurnResult> {
  const [verb, first, second] = argument.split(':');
  if (verb === 'done' && first && second) return markDone(dc, planner, { planId: first, stepId: second });
  if (verb === 'reminders' && (first === 'on' || first === 'off')) return setReminders(dc, planner, second, first === 'on');
  if (verb === 'new' && (first === 'company' || first === 'moving')) return startPlanner(dc, planner, { kind: first, ...(second ? { regionId: second } : {}) });
  return showPlan(dc, planner);
}

async function showPlan(dc: DialogContext, planner: Planner): Promise<DialogTurnResult> {
  const { profile, t } = turnServices(dc.context);
  const reply = planner.planReply(profile, audienceOf(dc));
  if (reply) {
    await sendReply(dc.context, reply);
    return dc.endDialog();
  }
  if (profile.planDraft) return dc.beginDialog(PLAN_DIALOG, {} satisfies PlanDialogOptions);
  await sendReply(dc.context, {
    text: t('plans.none'),
    choices: [
      { label: t('plans.kinds.company'), action: 'plan:new:company' },
      { label: t('plans.kinds.moving'), action: 'plan:new:moving' },
    ],
  });
  return dc.endDialog();
}

async function markDone(dc: DialogContext, planner: Planner, step: { planId?: string; stepId?: string; number?: number }): Promise<DialogTurnResult> {
  const { profile, t } = turnServices(dc.context);
  const marked = planner.markDone(profile, step);
  if (!marked) {
    await sendReply(dc.context, { text: t(profile.plans?.length ? 'plans.noSuchStep' : 'plans.none') });
    return dc.endDialog();
  }
  const reply = planner.planReply(profile, audienceOf(dc), { planId: marked.saved.planId, lead: t('plans.markedDone', { number: marked.number }) });
  if (reply) await sendReply(dc.context, reply);
  return dc.endDialog();
}

async function setReminders(dc: DialogContext, planner: Planner, planId: string | undefined, on: boolean): Promise<DialogTurnResult> {
  const { profile, t } = turnServices(dc.context);
  const scheduled = await planner.setReminders(profile, audienceOf(dc), planId, on);
  const key = scheduled === undefined ? 'plans.none' : on ? 'plans.reminder.on' : 'plans.reminder.off';
  await sendReply(dc.context, { text: t(key, { count: scheduled ?? 0 }), choices: [{ label: t('plans.showButton'), action: 'plan:show' }] });
  return dc.endDialog();
}
