/**
 * Hands the user to a contact office (issue 5): asks the region if unknown, names the office the routing rules
 * choose and asks consent to share the conversation; asks for a short description and optional contact details;
 * opens the case and says when to expect an answer, in the office's and the user's time. Declining ends politely
 * with the office's public route (a curated knowledge entry, never invented contact data).
 */
import { ComponentDialog, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Answerer } from '../src/conversation/answering';
import type { CasePlan } from '../src/plans/planner';
import { commandOf } from '../src/conversation/commands';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import { replyToActivity } from '../src/replies/replyActivity';
import type { Reply } from '../src/replies/reply';
import type { EscalationService } from '../src/escalation/caseService';
import type { TranscriptLine } from '../src/escalation/caseTypes';
import { topicOf } from '../src/escalation/caseTopic';
import { BACK_TO_BOT_ACTION } from '../src/escalation/escalationGate';
import { openingText } from '../src/escalation/officeHours';
import { officeName, type OfficeDirectory } from '../src/escalation/offices';
import { routeCase } from '../src/escalation/routing';
import { NamedOffice } from '../src/escalation/namedOffice';
import { handOverTarget } from '../src/escalation/handOverTarget';
import { menuReply } from './menuReplies';
import { sendReply } from './sendReply';
import { regionName } from '../src/partnerships/partnerships';
import { languageNotes } from './menuReplies';
import type { Topic } from '../src/knowledge/entrySchema';
import { answerBeforeOffer } from './answerBeforeOffer';
import { QUESTION_OF_ITS_OWN } from './questionOfItsOwn';

export const ESCALATION_DIALOG = 'escalation';
const STEPS = 'escalationSteps';
const OFFICE = 'escalationOffice';
const CONSENT = 'escalationConsent';
const DESCRIPTION = 'escalationDescription';
const CONTACT = 'escalationContact';

export type EscalationReason = 'human' | 'low-confidence' | 'introduction';
export interface EscalationOptions {
  reason?: EscalationReason;
  /** The question was just answered from the office's own entry: the offer follows it without answering again. */
  answered?: boolean;
}

export interface EscalationDialogDeps {
  directory: OfficeDirectory;
  regionResolver: RegionResolver;
  service: Pick<EscalationService, 'openCase'>;
  /** For the office's public route when the user declines, and the sourced answer before an introduction offer. */
  answerer: Pick<Answerer, 'answerEntry' | 'answerQuestion'>;
  clock?: () => Date;
}

const YES = /^(escalation:consent:yes|yes|y|ok|okay|sure|ja|jawohl|gerne|einverstanden|oui|ouais|d'accord|volontiers|bien sûr|はい|ええ|お願いします|同意します|いいよ)[.!。！]?$/iu;
const NO = /^(escalation:consent:no|no|n|nope|nein|lieber nicht|non|non merci|pas maintenant|いいえ|いや|結構です|やめておきます)[.!。！]?$/iu;
/** A message that asks something of its own: a question mark, or four words and more. */
const NEW_QUESTION = /[?？]|(?:\S+\s+){3}\S/u;
/** The action of an office choice: `escalation:office:<region id>` (consent to that side's office in one tap). */
const OFFICE_ACTION = 'escalation:office:';
/** User lines of this conversation read back for a side the hand-over request itself leaves open. */
const EARLIER_LINES = 6;

/** What an introduction request is answered from before the offer: the support organisations and networks only. */
const introductionTopic = (reason: EscalationReason | undefined): Topic | undefined => (reason === 'introduction' ? 'support' : undefined);
/** Typed answers to the office choice before the routing rules decide without a side. */
const OFFICE_PROMPT_ATTEMPTS = 2;

/**
 * True when the consent question or the office choice waits and the user asked something else instead ("how do I
 * register my address in Essen?" after an introduction offer): the offer lapses and the message is answered as a new
 * question, rather than asked "yes or no?" again. A place named ("the one in Düsseldorf please") answers the office
 * choice, unless asked at length ("how do I register my address in Essen?"). Walks to the innermost dialog of `dc`.
 * @param namesRegion whether the text names a region of the turn's partnership
 */
export function consentAbandoned(dc: DialogContext, namesRegion: (text: string) => boolean = () => false): boolean {
  let leaf = dc;
  while (leaf.child) leaf = leaf.child;
  const waiting = leaf.activeDialog?.id;
  if (waiting !== CONSENT && waiting !== OFFICE) return false;
  const { input } = turnServices(dc.context);
  if (input.kind !== 'text') return false;
  const text = input.text.trim();
  if (YES.test(text) || NO.test(text) || !NEW_QUESTION.test(text)) return false;
  return waiting === CONSENT || QUESTION_OF_ITS_OWN.test(text) || !namesRegion(text);
}
const SKIP = /^(escalation:contact:skip|skip|no|none|überspringen|nein|keine|スキップ|なし|いいえ)[.!。！]?$/iu;
const MIN_DESCRIPTION = 3;
/** The routing "rule" recorded on a case whose office the user named. */
export const NAMED_BY_USER = 'named-by-user';

interface StepValues {
  reason: EscalationReason;
  regionId?: string;
  officeId?: string;
  /** The office the user named ("jemand von NRW.Global"): it takes the case instead of the routing rules' choice. */
  namedOfficeId?: string;
  /** An office the user named that takes no cases here ("connect me with OPI"): named before the one that does. */
  askedOfficeId?: string;
  routingRule?: string;
  topic?: string;
  description?: string;
  /** The message that began the hand-over, for the knowledge answer that precedes an introduction offer. */
  requestText?: string;
  /** The knowledge's answer to the request was shown already (before the office choice). */
  sourcedSent?: boolean;
}

export class EscalationDialog extends ComponentDialog {
  private readonly clock: () => Date;
  private readonly namedOffice: NamedOffice;
  /** Set by the composition root: the user's guided plan and progress, carried by the case (issue 10). */
  attachPlan: ((context: TurnContext) => CasePlan | undefined) | undefined;

  constructor(private readonly deps: EscalationDialogDeps) {
    super(ESCALATION_DIALOG);
    for (const name of ['directory', 'regionResolver', 'service', 'answerer'] as const) {
      if (!deps[name]) throw new Error(`EscalationDialog needs ${name}`);
    }
    this.clock = deps.clock ?? (() => new Date());
    this.namedOffice = new NamedOffice(deps.directory);
    this.addDialog(new TextPrompt(OFFICE, async (prompt) => this.recognizeOffice(prompt)));
    this.addDialog(new TextPrompt(CONSENT, async (prompt) => YES.test(this.answer(prompt)) || NO.test(this.answer(prompt))));
    this.addDialog(new TextPrompt(DESCRIPTION, async (prompt) => this.answer(prompt).length >= MIN_DESCRIPTION));
    this.addDialog(new TextPrompt(CONTACT, async (prompt) => this.answer(prompt).length > 0));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        (step) => this.regionStep(step),
        (step) => this.consentStep(step),
        (step) => this.descriptionStep(step),
        (step) => this.contactStep(step),
        (step) => this.createStep(step),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  /** Begun by the bot itself (introductions) there is no root dialog around: handle cancel and menu here too. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const { input, t } = turnServices(inner.context);
    const command = input.kind === 'text' ? commandOf(input.text) : undefined;
    if (command === 'cancel' || command === 'menu') {
      await sendReply(inner.context, command === 'cancel' ? { text: t('cancel.done') } : menuReply(t));
      await inner.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    return super.onContinueDialog(inner);
  }

  private values(step: WaterfallStepContext): StepValues {
    return step.values as StepValues;
  }

  /** What the user answered: typed text, or the button's action (a button press carries no text). */
  private answer(prompt: PromptValidatorContext<string>): string {
    const { input } = turnServices(prompt.context);
    const value = (input.kind === 'action' ? input.action : input.text).trim();
    prompt.recognized.value = value;
    return value;
  }

  private async regionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as EscalationOptions;
    const { profile, input, partnership } = turnServices(step.context);
    this.values(step).reason = options.reason ?? 'human';
    if (options.answered) this.values(step).sourcedSent = true;
    if (input.kind === 'text') this.values(step).requestText = input.text;
    // "talk to a person … we're founding a subsidiary in Tokio", "someone at Tsu City", "jemand von NRW.Global":
    // the message says whom to reach; never ask it back.
    const target = input.kind === 'text' ? handOverTarget(input.text, this.deps.regionResolver, this.namedOffice, partnership?.regions) : undefined;
    if (target?.officeId) this.values(step).namedOfficeId = target.officeId;
    if (target?.askedOfficeId) this.values(step).askedOfficeId = target.askedOfficeId;
    if (target) return step.next(target.regionId);
    // "comment avoir la carte Vitale ?" answered for Paris, then "je peux parler à quelqu'un ?": the side just answered,
    // before the saved side ("… in Paris?", "and a Sàrl in Geneva?", "can someone there help us?" → Geneva).
    const { conversation } = turnServices(step.context);
    const answeredRegion = conversation.lastAnswer?.regionId;
    if (answeredRegion && (!partnership || partnership.regions.includes(answeredRegion))) return step.next(answeredRegion);
    if (profile.region) return step.next(profile.region);
    // "we're moving to Köln" a few messages ago, then "can I talk to someone?": the side the user already named.
    const earlier = (conversation.transcript ?? []).filter((line) => line.from === 'user').slice(-EARLIER_LINES).reverse()
      .map((line) => this.deps.regionResolver.regionOf(line.text, partnership?.regions)).find(Boolean);
    if (earlier) return step.next(earlier);
    return this.offerOffices(step);
  }

  /**
   * The side is not known: one tap on a side's office both chooses it and consents to sharing the conversation, so
   * the request is kept and no separate region question comes first. What the knowledge has on the request comes
   * before, as with a known side.
   */
  private async offerOffices(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const services = turnServices(step.context);
    const { t, language, partnership, conversation } = services;
    const values = this.values(step);
    const sourced = !values.sourcedSent && (values.reason === 'introduction' || values.reason === 'human')
      ? await answerBeforeOffer(step.context, this.deps.answerer, values.requestText ?? '', undefined, undefined, introductionTopic(values.reason))
      : undefined;
    if (sourced) {
      await sendReply(step.context, sourced);
      values.sourcedSent = true;
    }
    const topic = values.reason === 'introduction' ? 'introduction' : undefined;
    const regions = this.deps.regionResolver.choicesFor(language, partnership?.askRegions ?? partnership?.regions);
    const offices = regions.map((region) => ({
      region,
      office: routeCase(this.deps.directory, { regionId: region.id, topic, language, partnership: partnership?.id }).office,
    }));
    const lead = values.reason === 'low-confidence' ? `${t('escalation.leadLowConfidence')}\n\n` : values.reason === 'introduction' ? `${t('escalation.leadIntroduction')}\n\n` : '';
    const note = sourced || values.sourcedSent ? '' : languageNotes(t, services.messageLanguage, language).map((line) => `${line}\n\n`).join('');
    const list = offices.map(({ region, office }) => t('escalation.officeLine', { region: regionName(region, language), office: officeName(office, language) })).join('\n');
    const reply: Reply = {
      text: `${note}${lead}${t('escalation.chooseOffice', { offices: list })}`,
      choices: [
        ...offices.map(({ region }) => ({ label: regionName(region, language), action: `${OFFICE_ACTION}${region.id}` })),
        { label: t('escalation.consentNo'), action: 'escalation:consent:no' },
      ],
    };
    conversation.lastChoices = reply.choices;
    return step.prompt(OFFICE, { prompt: replyToActivity(reply), retryPrompt: replyToActivity({ ...reply, text: t('escalation.chooseOfficeRetry') }) });
  }

  /** An office chosen (button or place name): `office:<region id>`; declined: `no`; still unclear after two tries: ''. */
  private recognizeOffice(prompt: PromptValidatorContext<string>): boolean {
    const value = this.answer(prompt);
    const { partnership } = turnServices(prompt.context);
    const scope = partnership?.askRegions ?? partnership?.regions;
    const inScope = (id: string | undefined) => Boolean(id && this.deps.regionResolver.region(id) && (!scope || scope.includes(id)));
    const chosen = value.startsWith(OFFICE_ACTION) ? value.slice(OFFICE_ACTION.length) : undefined;
    const regionId = inScope(chosen) ? chosen : this.deps.regionResolver.regionOf(value, scope);
    if (regionId) {
      prompt.recognized.value = `office:${regionId}`;
      return true;
    }
    if (NO.test(value)) {
      prompt.recognized.value = 'no';
      return true;
    }
    if (prompt.attemptCount >= OFFICE_PROMPT_ATTEMPTS) {
      prompt.recognized.value = '';
      return true;
    }
    return false;
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const services = turnServices(step.context);
    const { t, language, conversation, profile } = services;
    const values = this.values(step);
    const result = typeof step.result === 'string' ? step.result : '';
    // From the office choice: a side's office tapped (consent given with it), or "no thanks".
    const chose = result.startsWith('office:');
    const declined = result === 'no';
    const regionId = chose ? result.slice('office:'.length) : declined ? undefined : result || undefined;
    if (regionId) {
      values.regionId = regionId;
      profile.region ??= regionId;
    }
    const recentUserLines = (conversation.transcript ?? []).filter((line) => line.from === 'user').slice(-6).map((line) => line.text);
    values.topic = values.reason === 'introduction' ? 'introduction' : topicOf(recentUserLines);
    const named = this.deps.directory.offices.find((candidate) => candidate.id === values.namedOfficeId);
    const decision = named
      ? { office: named, ruleId: NAMED_BY_USER }
      : routeCase(this.deps.directory, { regionId: values.regionId, topic: values.topic, language, partnership: services.partnership?.id });
    values.officeId = decision.office.id;
    values.routingRule = decision.ruleId;
    if (chose) return step.next('escalation:consent:yes');
    if (declined) return step.next('escalation:consent:no');
    const office = officeName(decision.office, language);
    const sourced = !values.sourcedSent && (values.reason === 'introduction' || values.reason === 'human')
      ? await answerBeforeOffer(step.context, this.deps.answerer, values.requestText ?? '', values.regionId, decision.office.publicRouteEntry, introductionTopic(values.reason))
      : undefined;
    if (sourced) await sendReply(step.context, sourced);
    const lead = values.reason === 'low-confidence' ? `${t('escalation.leadLowConfidence')}\n\n` : values.reason === 'introduction' ? `${t('escalation.leadIntroduction')}\n\n` : '';
    // "connect me with OPI": say that OPI takes no cases here before naming the office that does; likewise for the
    // agreement's partner in the region ("someone in Geneva" under Tsu's agreement with OPI).
    const asked = this.deps.directory.offices.find((candidate) => candidate.id === values.askedOfficeId && candidate.id !== decision.office.id);
    const partner = asked ? undefined : this.deps.directory.offices.find((candidate) =>
      candidate.agreementPartner && candidate.takesCases === false && candidate.servesRegion === values.regionId && candidate.id !== decision.office.id);
    const askedNote = asked
      ? `${t('escalation.askedOfficeTakesNoCases', { asked: officeName(asked, language) })}\n\n`
      : partner ? `${t('escalation.agreementPartnerTakesNoCases', { partner: officeName(partner, language) })}\n\n` : '';
    // The sourced answer already carries the language note.
    const note = sourced || values.sourcedSent ? '' : languageNotes(t, services.messageLanguage, language).map((line) => `${line}\n\n`).join('');
    const reply: Reply = {
      text: `${note}${lead}${askedNote}${t('escalation.consent', { office })}`,
      choices: [
        { label: t('escalation.consentYes'), action: 'escalation:consent:yes' },
        { label: t('escalation.consentNo'), action: 'escalation:consent:no' },
      ],
    };
    conversation.lastChoices = reply.choices;
    return step.prompt(CONSENT, { prompt: replyToActivity(reply), retryPrompt: replyToActivity({ ...reply, text: t('escalation.consentRetry', { office }) }) });
  }

  private async descriptionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, language, conversation } = turnServices(step.context);
    conversation.lastChoices = undefined;
    const office = this.deps.directory.offices.find((candidate) => candidate.id === this.values(step).officeId)!;
    if (!YES.test(String(step.result ?? '').trim())) {
      await sendReply(step.context, { text: t('escalation.declined', { office: officeName(office, language) }) });
      if (office.publicRouteEntry) {
        const route = await this.deps.answerer.answerEntry(office.publicRouteEntry, {
          text: '', language, messageLanguage: undefined, regionId: office.servesRegion, t,
        });
        if (route) await sendReply(step.context, route);
      }
      return step.endDialog();
    }
    return step.prompt(DESCRIPTION, {
      prompt: replyToActivity({ text: t('escalation.askDescription', { office: officeName(office, language) }) }),
      retryPrompt: replyToActivity({ text: t('escalation.askDescriptionRetry') }),
    });
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t, conversation, input } = turnServices(step.context);
    // Staff read what the user wrote, not the normalised text the prompt checked.
    const original = input.kind === 'text' ? input.original?.trim() : undefined;
    this.values(step).description = original || String(step.result ?? '').trim();
    const reply: Reply = { text: t('escalation.askContact'), choices: [{ label: t('escalation.skipContact'), action: 'escalation:contact:skip' }] };
    conversation.lastChoices = reply.choices;
    return step.prompt(CONTACT, { prompt: replyToActivity(reply) });
  }

  private async createStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const services = turnServices(step.context);
    const { t, language, profile, conversation } = services;
    const values = this.values(step);
    const answer = String(step.result ?? '').trim();
    const contact = SKIP.test(answer) ? undefined : answer;
    const office = this.deps.directory.offices.find((candidate) => candidate.id === values.officeId)!;
    const activity = step.context.activity;
    const transcript: TranscriptLine[] = (conversation.transcript ?? []).map((line) => ({
      at: line.at, from: line.from, text: line.text, ...(line.language ? { language: line.language } : {}),
    }));
    const escalation = await this.deps.service.openCase({
      officeId: office.id,
      ...(values.routingRule ? { routingRule: values.routingRule } : {}),
      reason: values.reason,
      topic: values.topic,
      regionId: values.regionId ?? profile.region,
      userLanguage: language,
      channelId: activity.channelId,
      userId: activity.from.id,
      reference: profile.reference!,
      description: values.description ?? '',
      contact,
      transcript,
      ...((plan) => (plan ? { plan } : {}))(this.attachPlan?.(step.context)),
    });
    profile.activeCaseId = escalation.id;
    const userRegion = profile.region ? this.deps.regionResolver.region(profile.region) : undefined;
    const opening = openingText({
      t,
      language,
      office,
      calendar: office.holidayCalendar ? this.deps.directory.holidayCalendars[office.holidayCalendar] : undefined,
      now: this.clock(),
      user: userRegion ? { timeZone: userRegion.timeZone, city: t(`escalation.regionCity.${userRegion.id}`) } : undefined,
    });
    await sendReply(step.context, {
      text: t('escalation.created', { office: officeName(office, language), number: escalation.number, opening }),
      choices: [{ label: t('escalation.relay.backButton'), action: BACK_TO_BOT_ACTION }],
    });
    return step.endDialog({ caseId: escalation.id });
  }
}
