/**
 * The LLM case translator, loaded on its first use: langchain and `@langchain/openai` cost a noticeable part of the
 * start time, and most turns never translate anything. Behaves exactly as {@link LlmCaseTranslator}; a failure to load
 * counts as a failed translation (undefined), as every other LLM failure does.
 */
import type { CaseTranslator } from './caseTranslator';

type TranslatorConfig = ConstructorParameters<typeof import('./caseTranslator').LlmCaseTranslator>[0];

/**
 * @param config - as for `LlmCaseTranslator` (API key, base URL, model, timeout in ms).
 * @throws Error at once when `apiKey` is empty, as the translator itself does.
 * @example
 * const translator = lazyCaseTranslator({ apiKey, model: 'gpt-4o-mini', timeoutMs: 8000 });
 * await translator.translate('Guten Tag', 'ja');
 */
export function lazyCaseTranslator(config: TranslatorConfig): CaseTranslator {
  if (!config.apiKey) throw new Error('LlmCaseTranslator needs an apiKey');
  let loaded: Promise<CaseTranslator | undefined> | undefined;
  const translator = () =>
    (loaded ??= import('./caseTranslator').then(
      ({ LlmCaseTranslator }) => new LlmCaseTranslator(config),
      () => undefined,
    ));
  return {
    translate: async (text, to) => (await translator())?.translate(text, to),
    summarise: async (text, to) => (await translator())?.summarise(text, to),
  };
}
