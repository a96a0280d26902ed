/**
 * Answers a question, a topic or a chosen entry for the right region: the region named in the message,
 * else the saved one, else a short question back (the user's language only orders the choices).
 */
import { TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext, ComponentDialog } from 'botbuilder-dialogs';
import type { Answerer, MenuTopic } from '../src/conversation/answering';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import { regionName } from '../src/partnerships/partnerships';
import { replyToActivity } from '../src/channels/replyActivity';
import type { Reply } from '../src/replies/reply';
import { QUESTION_DIALOG, REGION_PROMPT } from './dialogIds';
import { sendReply } from './sendReply';

export type QuestionOptions =
  | { kind: 'question'; text: string; regionId?: string | undefined }
  | { kind: 'topic'; topic: MenuTopic; regionId?: string | undefined };

export interface QuestionDialogDeps {
  answerer: Answerer;
  regionResolver: RegionResolver;
}

/** After this many consecutive weak answers the bot offers the contact office. */
export const LOW_CONFIDENCE_LIMIT = 2;
const WATERFALL = 'questionSteps';
const REGION_PROMPT_ATTEMPTS = 2;

export class QuestionDialog extends ComponentDialog {
  constructor(private readonly deps: QuestionDialogDeps) {
    super(QUESTION_DIALOG);
    this.addDialog(new TextPrompt(REGION_PROMPT, (prompt) => this.validateRegion(prompt)));
    this.addDialog(new WaterfallDialog(WATERFALL, [(step) => this.regionStep(step), (step) => this.answerStep(step)]));
    this.initialDialogId = WATERFALL;
  }

  private async regionStep(step: WaterfallStepContext) {
    const options = step.options as QuestionOptions;
    const { profile } = turnServices(step.context);
    const regionId = options.regionId ?? profile.region;
    if (regionId) return step.next(regionId);
    const reply = this.regionQuestion(step);
    turnServices(step.context).conversation.lastChoices = reply.choices;
    return step.prompt(REGION_PROMPT, {
      prompt: replyToActivity(reply),
      retryPrompt: replyToActivity({ ...reply, text: turnServices(step.context).t('region.unknownChoice') }),
    });
  }

  private async answerStep(step: WaterfallStepContext) {
    const options = step.options as QuestionOptions;
    const services = turnServices(step.context);
    const regionId = typeof step.result === 'string' ? step.result : undefined;
    if (regionId) services.profile.region = regionId;
    const request = {
      text: options.kind === 'question' ? options.text : '',
      language: services.language,
      messageLanguage: services.messageLanguage,
      regionId,
      t: services.t,
    };
    if (options.kind === 'topic') {
      await sendReply(step.context, await this.deps.answerer.browseTopic(options.topic, request));
      return step.endDialog();
    }
    const outcome = await this.deps.answerer.answerQuestion(request);
    services.profile.lowConfidenceStreak = outcome.confident ? 0 : (services.profile.lowConfidenceStreak ?? 0) + 1;
    await sendReply(step.context, outcome.reply);
    return step.endDialog({ confident: outcome.confident, lowConfidenceStreak: services.profile.lowConfidenceStreak });
  }

  private regionQuestion(step: WaterfallStepContext): Reply {
    const { t, language } = turnServices(step.context);
    const regions = this.deps.regionResolver.choicesFor(language);
    const names = regions.map((region) => regionName(region, language));
    return {
      text: t('region.prompt', { regions: names.join(language === 'ja' ? '・' : ' / ') }),
      choices: regions.map((region, index) => ({ label: names[index]!, action: `region:${region.id}` })),
    };
  }

  private async validateRegion(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { input } = turnServices(prompt.context);
    const fromAction = input.kind === 'action' && input.action.startsWith('region:') ? input.action.slice('region:'.length) : undefined;
    const regionId = fromAction && this.deps.regionResolver.region(fromAction) ? fromAction : this.deps.regionResolver.regionOf(input.text);
    if (regionId) {
      prompt.recognized.value = regionId;
      return true;
    }
    if (prompt.attemptCount >= REGION_PROMPT_ATTEMPTS) {
      // Rather an answer across regions, clearly labelled, than a user stuck in a loop.
      prompt.recognized.value = '';
      return true;
    }
    return false;
  }
}
