/** Used only until a knowledge base is wired in: says honestly, in the user's language, that answers are coming. */
import type { Answerer } from './answering';

export const comingSoonAnswerer: Answerer = {
  async answerQuestion(request) {
    return { reply: { text: request.t('answer.questionComingSoon') }, confident: false };
  },
  async browseTopic(topic, request) {
    return { text: request.t('answer.comingSoon', { topic: request.t(`topics.${topic}`) }) };
  },
  async answerEntry() {
    return undefined;
  },
};
