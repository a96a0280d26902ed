/**
 * The guided planner (issue 10): picks the plan (founding or moving, for the user's region), asks only the questions
 * whose answers change the plan — each with buttons for the common answers and typed answers understood — keeps
 * the answers in the user record as it goes (so a planner left for the menu, or on another device, resumes where it
 * stopped), then saves the plan and shows it. Channel-neutral; every string from the plan data or i18n.
 */
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogInstance, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import { replyToActivity } from '../src/replies/replyActivity';
import { regionName } from '../src/partnerships/partnerships';
import type { Reply } from '../src/replies/reply';
import { conditionHolds, textIn, type PlanDefinition, type PlanSlot } from '../src/plans/planDefinition';
import type { Planner } from '../src/plans/planner';
import { savePlan } from '../src/plans/savedPlan';
import { planPreview } from '../src/plans/planPreview';
import { entrySources } from '../src/plans/planView';
import type { KnowledgeBase } from '../src/knowledge';
import { answerSlot, answersInRequest } from '../src/plans/slotAnswers';
import { sendReply } from './sendReply';

export const PLAN_DIALOG = 'plan';
const STEPS = 'planSteps';
const SLOT_LOOP = 'planSlotLoop';
const KIND_PROMPT = 'planKindPrompt';
const CHOOSE_PROMPT = 'planChoosePrompt';
const SLOT_PROMPT = 'planSlotPrompt';

/** Actions the planner's own questions send back; the root dialog lets them through to the waiting prompt. */
export const PLAN_ANSWER_ACTIONS = ['plan:answer:', 'plan:kind:', 'plan:start:'];

export interface PlanDialogOptions {
  kind?: PlanDefinition['kind'] | undefined;
  /** A region named in the request ("…in Tokio…"). */
  regionId?: string | undefined;
  planId?: string | undefined;
  /** The request itself: choices it already names are taken as answers. */
  text?: string | undefined;
}

export interface PlanDialogDeps {
  planner: Planner;
  regionResolver: RegionResolver;
}

export class PlanDialog extends ComponentDialog {
  constructor(private readonly deps: PlanDialogDeps) {
    super(PLAN_DIALOG);
    if (!deps.planner || !deps.regionResolver) throw new Error('PlanDialog needs planner and regionResolver');
    this.addDialog(new TextPrompt(KIND_PROMPT, async (prompt) => this.recogniseAction(prompt, 'plan:kind:', /^(company|moving)$/)));
    this.addDialog(new TextPrompt(CHOOSE_PROMPT, async (prompt) => this.recognisePlanChoice(prompt)));
    this.addDialog(new TextPrompt(SLOT_PROMPT, async (prompt) => this.recogniseSlotAnswer(prompt)));
    this.addDialog(new WaterfallDialog(SLOT_LOOP, [(step) => this.askSlot(step), (step) => this.storeSlot(step)]));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        (step) => this.kindStep(step),
        (step) => this.planStep(step),
        (step) => this.startStep(step),
        (step) => this.finishStep(step),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /** Re-asks the waiting question in the current language (after help or a language switch). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const { profile } = turnServices(context);
    const plan = profile.planDraft ? this.deps.planner.catalog.byId(profile.planDraft.planId) : undefined;
    const slot = plan ? nextSlot(plan, profile.planDraft!.answers) : undefined;
    if (plan && slot) {
      await sendReply(context, this.question(context, plan, slot));
      return;
    }
    await super.repromptDialog(context, instance);
  }

  private async kindStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as PlanDialogOptions;
    const { profile, t, partnership } = turnServices(step.context);
    if (options.planId) return step.next(`plan:${options.planId}`);
    const draftPlan = profile.planDraft ? this.deps.planner.catalog.byId(profile.planDraft.planId) : undefined;
    const draftFits = draftPlan && (!partnership || partnership.regions.includes(draftPlan.region));
    if (draftPlan && draftFits && (!options.kind || options.kind === draftPlan.kind) && (!options.regionId || options.regionId === draftPlan.region)) {
      await sendReply(step.context, { text: t('plans.resuming', { plan: textIn(draftPlan.title, turnServices(step.context).language) }) });
      return step.next(`plan:${draftPlan.id}`);
    }
    if (options.kind) return step.next(options.kind);
    const reply: Reply = {
      text: t('plans.askKind'),
      choices: [
        { label: t('plans.kinds.company'), action: 'plan:kind:company' },
        { label: t('plans.kinds.moving'), action: 'plan:kind:moving' },
      ],
    };
    return this.prompt(step, KIND_PROMPT, reply, t('plans.retry'));
  }

  private async planStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = String(step.result ?? '');
    if (result.startsWith('plan:')) return step.next(result);
    const kind = result as PlanDefinition['kind'];
    const options = (step.options ?? {}) as PlanDialogOptions;
    const { profile, t, language, partnership } = turnServices(step.context);
    const catalog = this.deps.planner.catalog;
    const regionId = options.regionId ?? profile.region;
    const plan = regionId ? catalog.find(kind, regionId) : undefined;
    if (plan) return step.next(`plan:${plan.id}`);
    // Only the regions of the conversation's partnership (entry point, binding, place names) that have such a plan.
    const plans = catalog.plans.filter((candidate) => candidate.kind === kind);
    const ordered = this.deps.regionResolver.choicesFor(language, partnership?.regions).map((region) => plans.find((candidate) => candidate.region === region.id)).filter((candidate): candidate is PlanDefinition => Boolean(candidate));
    if (ordered.length === 0) {
      await sendReply(step.context, noPlanHereReply(t));
      return step.endDialog();
    }
    const reply: Reply = {
      text: t('plans.askRegion'),
      choices: ordered.map((candidate) => ({ label: regionName(this.deps.regionResolver.region(candidate.region)!, language), action: `plan:start:${candidate.id}` })),
    };
    (step.values as Record<string, unknown>).kind = kind;
    return this.prompt(step, CHOOSE_PROMPT, reply, t('plans.retry'), { kind });
  }

  private async startStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const planId = String(step.result ?? '').replace(/^plan:(start:)?/, '');
    const plan = this.deps.planner.catalog.byId(planId);
    const services = turnServices(step.context);
    if (!plan) {
      await sendReply(step.context, { text: services.t('plans.unavailable') });
      return step.endDialog();
    }
    const { profile } = services;
    // Planning for a region makes it the conversation's region (answers and hand-overs follow it).
    profile.region = plan.region;
    if (profile.planDraft?.planId !== plan.id) {
      const options = (step.options ?? {}) as PlanDialogOptions;
      profile.planDraft = { planId: plan.id, answers: options.text ? answersInRequest(plan.slots, options.text) : {}, startedAt: this.deps.planner.now() };
      // A fresh plan with questions still to ask: its main steps first, so the questions only tailor them.
      if (nextSlot(plan, profile.planDraft.answers)) await sendReply(step.context, previewReply(plan, profile.planDraft.answers, services.t, services.language, this.deps.planner.deps.knowledge));
    }
    (step.values as Record<string, unknown>).planId = plan.id;
    return step.beginDialog(SLOT_LOOP, { planId: plan.id });
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const services = turnServices(step.context);
    const { profile, t, language } = services;
    const plan = this.deps.planner.catalog.byId(String((step.values as Record<string, unknown>).planId));
    if (!plan || !profile.planDraft) return step.endDialog();
    const saved = savePlan(profile, plan, profile.planDraft.answers, this.deps.planner.now());
    const audience = { t, language, channelId: step.context.activity.channelId, userId: step.context.activity.from.id };
    // A plan made again with reminders on: its reminders follow the new dates.
    if (saved.reminders) await this.deps.planner.setReminders(profile, audience, plan.id, true);
    const reply = this.deps.planner.planReply(profile, audience, { planId: plan.id, lead: t('plans.ready', { plan: textIn(plan.title, language) }) });
    if (reply) await sendReply(step.context, reply);
    return step.endDialog({ planId: plan.id });
  }

  private async askSlot(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile, t } = turnServices(step.context);
    const plan = this.deps.planner.catalog.byId((step.options as { planId: string }).planId);
    const draft = profile.planDraft;
    if (!plan || !draft) return step.endDialog();
    const slot = nextSlot(plan, draft.answers);
    if (!slot) return step.endDialog();
    (step.values as Record<string, unknown>).slotId = slot.id;
    return this.prompt(step, SLOT_PROMPT, this.question(step.context, plan, slot), t('plans.retry'), { planId: plan.id, slotId: slot.id });
  }

  private async storeSlot(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { profile } = turnServices(step.context);
    const options = step.options as { planId: string };
    if (profile.planDraft?.planId === options.planId) profile.planDraft.answers[String((step.values as Record<string, unknown>).slotId)] = String(step.result);
    return step.replaceDialog(SLOT_LOOP, options);
  }

  /** The question of a slot with its choices as buttons (a typed answer works too). */
  private question(context: TurnContext, plan: PlanDefinition, slot: PlanSlot): Reply {
    const { language, t } = turnServices(context);
    const hint = slot.type === 'date' ? `\n\n${t('plans.dateHint')}` : '';
    return {
      text: `${textIn(slot.question, language)}${hint}`,
      choices: slot.choices.map((choice) => ({ label: textIn(choice.label, language), action: `plan:answer:${slot.id}:${choice.value}` })),
    };
  }

  private prompt(step: WaterfallStepContext, dialogId: string, reply: Reply, retryLead: string, validations?: object): Promise<DialogTurnResult> {
    turnServices(step.context).conversation.lastChoices = reply.choices;
    return step.prompt(dialogId, {
      prompt: replyToActivity(reply),
      retryPrompt: replyToActivity({ ...reply, text: `${retryLead}\n\n${reply.text}` }),
      ...(validations ? { validations } : {}),
    });
  }

  private recogniseAction(prompt: PromptValidatorContext<string>, prefix: string, valid: RegExp): boolean {
    const { input } = turnServices(prompt.context);
    if (input.kind === 'action' && input.action.startsWith(prefix) && valid.test(input.action.slice(prefix.length))) {
      prompt.recognized.value = input.action.slice(prefix.length);
      return true;
    }
    if (input.kind === 'text') {
      const kind = /grün|found|compan|firm|entreprise|société|création|会社|設立|起業/iu.test(input.text) ? 'company' : /umzug|umzieh|mov|déménag|引っ越|引越|移住/iu.test(input.text) ? 'moving' : undefined;
      if (prefix === 'plan:kind:' && kind) {
        prompt.recognized.value = kind;
        return true;
      }
    }
    return false;
  }

  private recognisePlanChoice(prompt: PromptValidatorContext<string>): boolean {
    const { input } = turnServices(prompt.context);
    const catalog = this.deps.planner.catalog;
    if (input.kind === 'action' && input.action.startsWith('plan:start:') && catalog.byId(input.action.slice('plan:start:'.length))) {
      prompt.recognized.value = input.action;
      return true;
    }
    const kind = (prompt.options.validations as { kind: PlanDefinition['kind'] }).kind;
    const regionId = this.deps.regionResolver.regionOf(input.text, turnServices(prompt.context).partnership?.regions);
    const plan = regionId ? catalog.find(kind, regionId) : undefined;
    if (plan) {
      prompt.recognized.value = `plan:start:${plan.id}`;
      return true;
    }
    return false;
  }

  private recogniseSlotAnswer(prompt: PromptValidatorContext<string>): boolean {
    const { input, language } = turnServices(prompt.context);
    const { planId, slotId } = prompt.options.validations as { planId: string; slotId: string };
    const slot = this.deps.planner.catalog.byId(planId)?.slots.find((candidate) => candidate.id === slotId);
    if (!slot) return false;
    const prefix = `plan:answer:${slotId}:`;
    const answer = input.kind === 'action' && input.action.startsWith(prefix)
      ? answerSlot(slot, { value: input.action.slice(prefix.length) }, this.deps.planner.today(), language)
      : answerSlot(slot, { text: input.text }, this.deps.planner.today(), language);
    if (answer === undefined) return false;
    prompt.recognized.value = answer;
    return true;
  }
}

/**
 * The plan's main steps known so far (and those of the next question's answers, marked), as bullets with what each
 * costs or asks for ("at least EUR 12,500 …"), that a few questions will tailor them, and the sources of the entries
 * behind those figures with their oldest check date.
 */
export function previewReply(plan: PlanDefinition, answers: Record<string, string>, t: TFunction, language: string, knowledge: Pick<KnowledgeBase, 'byId'>): Reply {
  const preview = planPreview(plan, answers, nextSlot(plan, answers), language);
  const steps = preview.map((step) => {
    const facts = step.facts.length > 0 ? `: ${step.facts.join('; ')}` : '';
    return `• ${step.title}${facts}${step.onlyFor.length > 0 ? t('plans.onlyFor', { answers: step.onlyFor.join(' / ') }) : ''}`;
  });
  // The figures shown are cited (the sources of the steps that show one), not every law behind every step.
  const { sources, checked } = entrySources(preview.filter((step) => step.facts.length > 0).flatMap((step) => step.entryIds), knowledge, language);
  return {
    text: [t('plans.preview', { plan: textIn(plan.title, language) }), ...steps, '', t('plans.previewTailor')].join('\n'),
    ...(sources.length > 0 ? { sources: { heading: t('common.sources'), checkedLabel: checked ? t('common.checked', { date: checked }) : undefined, links: sources } } : {}),
  };
}

/** "No step-by-step plan for this place yet", with the contact office and the menu as choices. */
export function noPlanHereReply(t: TFunction): Reply {
  return {
    text: t('plans.noPlanHere'),
    choices: [{ label: t('topics.contact'), action: 'human' }, { label: t('menu.button'), action: 'menu' }],
  };
}

/** The next slot to ask: unanswered, and its `askIf` holds. */
export function nextSlot(plan: PlanDefinition, answers: Record<string, string>): PlanSlot | undefined {
  return plan.slots.find((slot) => answers[slot.id] === undefined && (!slot.askIf || conditionHolds(slot.askIf, answers)));
}
