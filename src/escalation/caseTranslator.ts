/**
 * Optional translation between user and office with an LLM (langchain `ChatOpenAI`): the office gets a summary
 * in its own language, the user gets staff replies in theirs. Any failure or timeout returns undefined: the
 * original text is always kept and shown, with its language named.
 */
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';

export interface CaseTranslator {
  /** `text` translated into `to`; undefined on failure. */
  translate(text: string, to: string): Promise<string | undefined>;
  /** A short factual summary of a user's request for office staff, in `to`; undefined on failure. */
  summarise(text: string, to: string): Promise<string | undefined>;
}

const LANGUAGE_NAMES: Record<string, string> = { ja: 'Japanese', de: 'German', en: 'English' };

export class LlmCaseTranslator implements CaseTranslator {
  private readonly model: ChatOpenAI;

  constructor(private readonly config: { apiKey: string; baseURL?: string | undefined; model: string; timeoutMs: number }) {
    if (!config.apiKey) throw new Error('LlmCaseTranslator needs an apiKey');
    this.model = new ChatOpenAI({
      apiKey: config.apiKey,
      model: config.model,
      temperature: 0,
      maxRetries: 1,
      timeout: config.timeoutMs,
      configuration: config.baseURL ? { baseURL: config.baseURL } : {},
    });
  }

  translate(text: string, to: string): Promise<string | undefined> {
    return this.ask(
      `Translate the user's message into ${LANGUAGE_NAMES[to] ?? to}. Keep names, numbers, e-mail addresses and URLs unchanged. Reply with the translation only.`,
      text,
    );
  }

  summarise(text: string, to: string): Promise<string | undefined> {
    return this.ask(
      `You help staff of a public business-support office. Summarise the following request from a user in ${LANGUAGE_NAMES[to] ?? to}, in at most three factual sentences. Do not add advice or facts that are not in the text. Reply with the summary only.`,
      text,
    );
  }

  private async ask(instruction: string, text: string): Promise<string | undefined> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve(undefined);
      }, this.config.timeoutMs);
    });
    try {
      const call = this.model.invoke([new SystemMessage(instruction), new HumanMessage(text)], { signal: controller.signal });
      call.catch(() => undefined);
      const message = await Promise.race([call, timeout]);
      if (!message) return undefined;
      const output = (typeof message.content === 'string' ? message.content : message.text).trim();
      return output || undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
