/** The knowledge search as the insights' {@link ClosestEntriesFinder}: the three nearest entries with their titles. */
import type { OpenedKnowledge } from '../knowledge/knowledgeService';
import type { ClosestEntriesFinder } from './insightsTypes';

export function closestEntriesFinder(knowledge: OpenedKnowledge): ClosestEntriesFinder {
  return (text, language, regionId) =>
    knowledge.index.search(text, { language, region: regionId, limit: 3 }).flatMap((hit) => {
      const entry = knowledge.knowledge.byId(hit.entryId);
      if (!entry) return [];
      const content = entry.content[language] ?? entry.content.en;
      return [{ entryId: hit.entryId, title: content.title, topic: hit.topic }];
    });
}
