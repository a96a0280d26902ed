/**
 * Answers a question, a topic or a chosen entry for the right region: the region named in the message,
 * else the saved one, else a short question back (the user's language only orders the choices).
 */
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { askerOf, type Answerer, type MenuTopic } from '../src/conversation/answering';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import { QUESTION_DIALOG, REGION_PROMPT } from './dialogIds';
import { createRegionPrompt, promptForRegion } from './regionPrompt';
import { sendReply } from './sendReply';

export type QuestionOptions =
  | { kind: 'question'; text: string; regionId?: string | undefined }
  | { kind: 'topic'; topic: MenuTopic; regionId?: string | undefined };

export interface QuestionDialogDeps {
  answerer: Answerer;
  regionResolver: RegionResolver;
  /**
   * The region of a contact office the message names ("c'est quoi l'OPI ?" → geneva, "NRW.Globalって何？" → nrw),
   * within `scope` (region ids); undefined when it names none. From `knowledge/offices.json` (`name`, `calledBy`).
   */
  officeRegionOf?: (text: string, scope: readonly string[]) => string | undefined;
}

/** After this many consecutive weak answers the bot offers the contact office. */
export const LOW_CONFIDENCE_LIMIT = 2;
const WATERFALL = 'questionSteps';
/** Marks a region inferred from the question (answered for it, labelled, not saved) in the waterfall's step result. */
const ASSUMED = 'assumed:';

export class QuestionDialog extends ComponentDialog {
  constructor(private readonly deps: QuestionDialogDeps) {
    super(QUESTION_DIALOG);
    this.addDialog(createRegionPrompt(REGION_PROMPT, deps.regionResolver));
    this.addDialog(new WaterfallDialog(WATERFALL, [(step) => this.regionStep(step), (step) => this.answerStep(step)]));
    this.initialDialogId = WATERFALL;
  }

  private async regionStep(step: WaterfallStepContext) {
    const options = step.options as QuestionOptions;
    const { profile, messageLanguage, language, partnership, conversation } = turnServices(step.context);
    const regionId = options.regionId ?? profile.region;
    if (regionId) return step.next(regionId);
    // "minimum capital for a GmbH?" names Germany by its subject: answer (labelled), no question back, nothing saved.
    // Both sides named ("when did Tokyo and NRW sign the agreement?"): a question about the partnership itself,
    // answered from its entries without asking which side.
    if (options.kind === 'question' && this.deps.regionResolver.regionsIn(options.text, partnership?.regions).length >= 2) return step.next('');
    const asked = messageLanguage ?? language;
    const scope = partnership?.regions ?? this.deps.regionResolver.regions.map((region) => region.id);
    // Then an office named ("c'est quoi l'OPI ?" is about Geneva), and the direction of the question: "do I need to
    // speak German at the notary?" is about where German is spoken.
    const implied = options.kind === 'question'
      ? this.deps.answerer.impliedRegion?.(options.text, asked, partnership?.regions) ?? this.deps.officeRegionOf?.(options.text, scope) ??
        this.deps.answerer.likelyRegion?.(options.text, asked, scope) ?? this.deps.regionResolver.regionOfLanguageNamed(options.text, messageLanguage, scope)
      : undefined;
    // Answered for the implied region, saying so; nothing is saved, so the next question is judged afresh.
    if (implied) return step.next(`${ASSUMED}${implied}`);
    // A question that names no side in a conversation about one ("numéros d'urgence à Tsu ?", then "et pour un enfant
    // la nuit, il y a un numéro de conseil ?") is about that side, said so as for an implied region.
    const conversationRegion = options.kind === 'question' ? conversation.lastAnswer?.regionId : undefined;
    if (conversationRegion && scope.includes(conversationRegion)) return step.next(`${ASSUMED}${conversationRegion}`);
    // After two unclear answers the prompt gives up with '': rather an answer across regions, clearly labelled,
    // than a user stuck in a loop.
    return promptForRegion(step, REGION_PROMPT, this.deps.regionResolver, 'region.prompt');
  }

  private async answerStep(step: WaterfallStepContext) {
    const options = step.options as QuestionOptions;
    const services = turnServices(step.context);
    const result = typeof step.result === 'string' ? step.result : '';
    const regionAssumed = result.startsWith(ASSUMED);
    const regionId = (regionAssumed ? result.slice(ASSUMED.length) : result) || undefined;
    if (regionId && !regionAssumed) services.profile.region = regionId;
    // The side typed with more to say ("à tsu, une KK" for "capital minimum ?"): what it adds belongs to the question.
    const { input } = services;
    const addition = options.kind === 'question' && input.kind === 'text' && input.text !== options.text ? ` ${input.text}` : '';
    const request = {
      text: options.kind === 'question' ? `${options.text}${addition}` : '',
      language: services.language,
      messageLanguage: services.messageLanguage,
      regionId: regionId === 'both' ? undefined : regionId,
      regionAssumed,
      partnershipRegions: services.partnership?.regions,
      t: services.t,
      compact: step.context.activity.channelId === 'line',
      asker: askerOf(step.context.activity),
    };
    if (options.kind === 'topic') {
      await sendReply(step.context, await this.deps.answerer.browseTopic(options.topic, request));
      return step.endDialog();
    }
    const outcome = await this.deps.answerer.answerQuestion(request);
    services.profile.lowConfidenceStreak = outcome.confident ? 0 : (services.profile.lowConfidenceStreak ?? 0) + 1;
    if (outcome.answered) services.conversation.lastAnswer = outcome.answered;
    await sendReply(step.context, outcome.reply);
    return step.endDialog({ confident: outcome.confident, lowConfidenceStreak: services.profile.lowConfidenceStreak, answeredEntryId: outcome.answered?.entryId });
  }
}
