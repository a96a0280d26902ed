/**
 * Answers from the curated knowledge: search → composed answer → channel-neutral Reply with sources and the date
 * they were checked. With an LLM configured, the answer is rephrased from the retrieved entries only, and the curated
 * answer is sent whenever the LLM fails, times out or cites nothing.
 */
import type { TFunction } from 'i18next';
import type { Answerer, AnswerOutcome, AnswerRequest, MenuTopic } from '../conversation/answering';
import type { Reply, Choice } from '../replies/reply';
import type { Logger } from '../logging/logger';
import { regionName, type Region } from '../partnerships/partnerships';
import type { OpenedKnowledge } from '../knowledge/knowledgeService';
import { answerForEntry, composeAnswer, type KnowledgeAnswer } from '../knowledge/answerComposer';
import { ALL_REGIONS, type Entry, type EntrySource, type Topic } from '../knowledge/entrySchema';
import { detectEmergency } from '../knowledge/emergencyDetector';
import type { LlmAnswerer } from '../knowledge/llmAnswerer';
import { isSupportedLanguage } from '../i18n/i18n';

/** Which entry topics each menu topic lists. */
export const MENU_TOPIC_ENTRIES: Record<MenuTopic, Topic[]> = {
  company: ['company', 'residence'],
  healthcare: ['healthcare'],
  schooling: ['schooling'],
  housing: ['housing', 'daily-life'],
  support: ['support'],
};

/** The emergency fast path shows the entry `<region>-emergency-numbers` of each region (knowledge/README.md). */
const EMERGENCY_ENTRY_SUFFIX = '-emergency-numbers';
/** LINE shows at most 13 quick replies; the other channels take that many comfortably too. */
const MAX_TOPIC_CHOICES = 12;

export interface KnowledgeAnswererDeps {
  knowledge: OpenedKnowledge;
  regions: Region[];
  logger: Logger;
  llm?: LlmAnswerer | undefined;
}

export class KnowledgeAnswerer implements Answerer {
  constructor(private readonly deps: KnowledgeAnswererDeps) {
    if (!deps.knowledge) throw new Error('KnowledgeAnswerer needs the opened knowledge');
  }

  isEmergency(text: string): boolean {
    return detectEmergency(text).emergency;
  }

  async emergencyReply(request: AnswerRequest): Promise<Reply | undefined> {
    const regions = this.deps.regions.filter(
      (region) => (request.regionId ? region.id === request.regionId : !request.partnershipRegions || request.partnershipRegions.includes(region.id)),
    );
    const entries = regions
      .map((region) => ({ region, entry: this.deps.knowledge.knowledge.byId(`${region.id}${EMERGENCY_ENTRY_SUFFIX}`) }))
      .filter((found): found is { region: Region; entry: Entry } => Boolean(found.entry));
    if (entries.length === 0) return undefined;
    const { t } = request;
    const answers = entries.map(({ entry }) => answerForEntry(entry, { language: request.language }));
    const parts = entries.map(({ region, entry }, index) => {
      const answer = answers[index]!;
      const summary = entry.content[answer.contentLanguage]?.summary ?? answer.text;
      return entries.length > 1 ? `**${regionName(region, request.language)}**\n${summary}` : summary;
    });
    return {
      text: `${t('emergency.lead')}\n\n${parts.join('\n\n')}`,
      sources: this.sourcesOf(t, answers.flatMap((answer) => answer.sources), answers.map((answer) => answer.checked)),
      choices: entries.map(({ entry }) => ({ label: this.titleOf(entry, request.language), action: `entry:${entry.id}` })),
    };
  }

  async answerQuestion(request: AnswerRequest): Promise<AnswerOutcome> {
    const { t } = request;
    const regionId = request.regionId || undefined;
    const searchLanguage = request.messageLanguage ?? request.language;
    const hits = this.deps.knowledge.index.search(request.text, {
      language: searchLanguage, region: regionId, regions: request.partnershipRegions, limit: 5,
    });
    const composed = composeAnswer(hits, this.deps.knowledge.knowledge, { language: request.language });
    if (composed.kind === 'low-confidence') {
      return {
        confident: false,
        reply: {
          text: t(composed.suggestions.length > 0 ? 'answer.lowConfidence' : 'answer.nothingFound'),
          choices: [
            ...composed.suggestions.map((suggestion) => ({ label: suggestion.title, action: `entry:${suggestion.entryId}` })),
            { label: t('menu.button'), action: 'menu' },
            { label: t('topics.contact'), action: 'human' },
          ],
        },
      };
    }
    const llmReply = await this.llmReply(request, hits.map((hit) => hit.entryId), composed);
    return { confident: true, reply: llmReply ?? this.replyFor(composed, request) };
  }

  async browseTopic(topic: MenuTopic, request: AnswerRequest): Promise<Reply> {
    const { t } = request;
    const topics = MENU_TOPIC_ENTRIES[topic];
    const entries = this.deps.knowledge.knowledge.entries.filter(
      (entry) =>
        topics.includes(entry.topic) &&
        (request.regionId
          ? entry.region === request.regionId || entry.region === ALL_REGIONS
          : !request.partnershipRegions || request.partnershipRegions.includes(entry.region)),
    );
    const region = this.deps.regions.find((candidate) => candidate.id === request.regionId);
    const topicName = t(`topics.${topic}`);
    if (entries.length === 0) {
      return { text: t('answer.topicEmpty', { topic: topicName }), choices: [{ label: t('topics.contact'), action: 'human' }] };
    }
    const choices: Choice[] = entries
      .slice(0, MAX_TOPIC_CHOICES)
      .map((entry) => ({ label: this.titleOf(entry, request.language), action: `entry:${entry.id}` }));
    return {
      text: t('answer.topicIntro', { topic: topicName, region: region ? regionName(region, request.language) : '' }).trim(),
      choices: [...choices, { label: t('menu.button'), action: 'menu' }],
    };
  }

  async answerEntry(entryId: string, request: AnswerRequest): Promise<Reply | undefined> {
    const entry = this.deps.knowledge.knowledge.byId(entryId);
    if (!entry) return undefined;
    return this.replyFor(answerForEntry(entry, { language: request.language }), request);
  }

  private replyFor(answer: KnowledgeAnswer, request: AnswerRequest): Reply {
    const { t } = request;
    const entry = this.deps.knowledge.knowledge.byId(answer.entryId)!;
    const notes: string[] = [];
    if (request.messageLanguage && !isSupportedLanguage(request.messageLanguage)) {
      notes.push(t('answer.englishOnly', { language: languageName(request.messageLanguage, request.language) }));
    }
    if (!request.regionId && entry.region !== ALL_REGIONS) {
      const region = this.deps.regions.find((candidate) => candidate.id === entry.region);
      if (region) notes.push(t('answer.regionLabel', { region: regionName(region, request.language) }));
    }
    return {
      text: [...notes, `**${answer.title}**`, answer.text].join('\n\n'),
      sources: this.sourcesOf(t, answer.sources, [answer.checked]),
      choices: [
        ...answer.related.map((related) => ({ label: related.title, action: `entry:${related.entryId}` })),
        { label: t('menu.button'), action: 'menu' },
      ],
    };
  }

  private async llmReply(request: AnswerRequest, entryIds: string[], curated: KnowledgeAnswer): Promise<Reply | undefined> {
    if (!this.deps.llm) return undefined;
    const entries = entryIds.map((id) => this.deps.knowledge.knowledge.byId(id)).filter((entry): entry is Entry => Boolean(entry));
    const llmAnswer = await this.deps.llm.answer({
      question: request.text,
      language: request.messageLanguage ?? request.language,
      entries,
    });
    if (!llmAnswer) {
      this.deps.logger.info({ entryId: curated.entryId }, 'LLM gave no usable answer: curated answer sent');
      return undefined;
    }
    const cited = llmAnswer.citations.map((citation) => this.deps.knowledge.knowledge.byId(citation.entryId)!).filter(Boolean);
    return {
      text: llmAnswer.text,
      sources: this.sourcesOf(request.t, llmAnswer.citations.flatMap((citation) => citation.sources), cited.map((entry) => entry.checked)),
      choices: [{ label: request.t('menu.button'), action: 'menu' }],
    };
  }

  private sourcesOf(t: TFunction, sources: EntrySource[], checkedDates: string[]): Reply['sources'] {
    const unique = [...new Map(sources.map((source) => [source.url, source])).values()];
    const oldest = [...checkedDates].sort()[0];
    return {
      heading: t('common.sources'),
      checkedLabel: oldest ? t('common.checked', { date: oldest }) : undefined,
      links: unique.map((source) => ({ title: source.publisher, url: source.url })),
    };
  }

  private titleOf(entry: Entry, language: string): string {
    return (entry.content[language] ?? entry.content.en).title;
  }
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
