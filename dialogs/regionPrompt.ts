/**
 * Asking which region a question concerns, shared by the question and escalation dialogs:
 * the regions as choices (the one the user's language hints at first) and a validator that accepts
 * a button, a place name, or, after a few tries, "still unknown" ('') so nobody is stuck in a loop.
 */
import { TextPrompt, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { RegionResolver } from '../src/conversation/regionResolver';
import { turnServices } from '../src/conversation/turnServices';
import { regionName } from '../src/partnerships/partnerships';
import { replyToActivity } from '../src/replies/replyActivity';
import type { Reply } from '../src/replies/reply';
import { languageNotes } from './menuReplies';

/** Attempts before the prompt gives up and answers with '' (region unknown). */
export const REGION_PROMPT_ATTEMPTS = 2;

/** A TextPrompt that recognises a region id from a button or a place name. */
export function createRegionPrompt(dialogId: string, resolver: RegionResolver): TextPrompt {
  return new TextPrompt(dialogId, async (prompt: PromptValidatorContext<string>) => {
    const { input } = turnServices(prompt.context);
    const fromAction = input.kind === 'action' && input.action.startsWith('region:') ? input.action.slice('region:'.length) : undefined;
    const { partnership } = turnServices(prompt.context);
    const scope = partnership?.askRegions ?? partnership?.regions;
    const inScope = (id: string | undefined) => Boolean(id && resolver.region(id) && (!scope || scope.includes(id)));
    const regionId = inScope(fromAction) ? fromAction : resolver.regionOf(input.text, scope);
    if (regionId) {
      prompt.recognized.value = regionId;
      return true;
    }
    if (prompt.attemptCount >= REGION_PROMPT_ATTEMPTS) {
      prompt.recognized.value = '';
      return true;
    }
    return false;
  });
}

/** Asks the region with the question text under `textKey` (it receives `{{regions}}`). */
export function promptForRegion(step: WaterfallStepContext, dialogId: string, resolver: RegionResolver, textKey: string): Promise<DialogTurnResult> {
  const { t, language, conversation, partnership, messageLanguage } = turnServices(step.context);
  const regions = resolver.choicesFor(language, partnership?.askRegions ?? partnership?.regions);
  const names = regions.map((region) => regionName(region, language));
  const reply: Reply = {
    text: [...languageNotes(t, messageLanguage, language), t(textKey, { regions: names.join(language === 'ja' ? '・' : ' / ') })].join('\n\n'),
    choices: regions.map((region, index) => ({ label: names[index]!, action: `region:${region.id}` })),
  };
  conversation.lastChoices = reply.choices;
  return step.prompt(dialogId, {
    prompt: replyToActivity(reply),
    retryPrompt: replyToActivity({ ...reply, text: t('region.unknownChoice') }),
  });
}
