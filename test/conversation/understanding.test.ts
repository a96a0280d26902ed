/** The understanding step's parts on the real knowledge: small talk, scope, follow-up markers, entry sections. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledge } from '../../src/knowledge/knowledgeService';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { MessageUnderstanding } from '../../src/conversation/understanding/messageUnderstanding';
import { parseIntentExamples, IntentExamplesError } from '../../src/conversation/understanding/intentExamples';
import { entrySections, splitForChat } from '../../src/knowledge/entrySections';

const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');
const catalog = loadPartnerships(path.join(knowledgeDir, 'partnerships.json'));
// The French entries (Tsu ⇄ Paris/Geneva) load only with the languages each region requires.
const opened = openKnowledge({ knowledgeDir, knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog), strict: false });
const understanding = new MessageUnderstanding({
  entries: opened.knowledge.entries,
  examples: opened.intents,
  index: opened.index,
  placeNames: catalog.regions.flatMap((region) => region.placeNames),
  lexicon: opened.lexicon,
});
const last = { entryId: 'nrw-residence-registration', topic: 'housing', regionId: 'nrw' };

describe('message understanding', () => {
  it.each([
    ['Hallo!', 'de', 'greeting'],
    ['hi kakehashi', 'en', 'greeting'],
    ['ok, thanks 🙏', 'en', 'thanks'],
    ['了解です', 'ja', 'acknowledgement'],
    ['🙏🙏', 'en', 'acknowledgement'],
    // A question word beside a question about the bot asks about the bot too.
    ['wait who r u, a bot?', 'en', 'identity'],
    // Asking whether the bot can help at all, after a greeting, is a question about the bot (the menu answers it).
    ['hello, could you help me?', 'en', 'identity'],
    ['Hallo, können Sie mir helfen?', 'de', 'identity'],
  ])('"%s" is small talk (%s, %s)', (text, language, kind) => {
    expect(understanding.understand(text, { language })).toMatchObject({ kind: 'small-talk', smallTalk: kind });
  });

  it('"merci" thanks in French: the hint is French, not German', () => {
    expect(understanding.understand('merci !!', { language: 'en' })).toMatchObject({ kind: 'small-talk', smallTalk: 'thanks', languageHint: 'fr' });
  });

  it.each([
    ["what's the weather in Düsseldorf tomorrow?", 'en'],
    ['Can you write a Python script for me?', 'en'],
    ['Wer hat gestern das Spiel Köln gegen Dortmund gewonnen?', 'de'],
    ['明日の東京の天気は？', 'ja'],
    // Three generic words of our entries (sort, list, date) do not make a programming request ours.
    ['can u write me a python script that sorts a list of dicts by date', 'en'],
    // A second sentence of generic words ("line", "throw") is no question of ours that keeps the message in scope.
    ['can you fix my python script? it throws KeyError on line 12', 'en'],
    // A clause of a place or of code alone ("1. FC Köln" split at its period, "[1,2;3]") is no question of ours.
    ['wie hat der 1. FC Köln gestern gespielt', 'de'],
    ['fix my javascript: const x = [1,2;3]', 'en'],
    // Sightseeing trivia: a landmark's height, whatever the landmark.
    ['スカイツリーの高さって何メートル？', 'ja'],
    ['how tall is the cologne cathedral?', 'en'],
    ['quelle est la hauteur de la tour Eiffel ?', 'fr'],
    // A shrine's or a museum's visiting hours.
    ['伊勢神宮の参拝時間は？', 'ja'],
    ["le musée d'Orsay ouvre à quelle heure ?", 'fr'],
  ])('"%s" is out of scope', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('out-of-scope');
  });

  it.each([
    ['Hallo, wo finde ich eine Kita in Düsseldorf?', 'de'],
    ['Do I need to speak German at the notary?', 'en'],
    ['子供が夜に熱を出しました', 'ja'],
    ['Was kostet die Gründung einer GmbH?', 'de'],
    // A chit-chat word ("heißt", "last") among several words of the entries is no reason to decline.
    ['Mitarbeiter einstellen in Tokio: wie heißt da die Arbeitslosenversicherung und wo meldet man das', 'de'],
    ['we moved to Essen last week, what do we have to register?', 'en'],
    // A word of our subjects beside words chit-chat shares but does not own ("still", "commuting").
    ['is the deutschlandticket still 58 euro? commuting from ratingen to düsseldorf', 'en'],
    // Several words of our subjects outweigh chit-chat neighbours that share "today" or "kommt … nach".
    ["who signed the memorandum on the nrw side, and what's that ministry called today?", 'en'],
    ['meine frau kommt 2 monate später nach tokyo nach, muss sie sich dann auch irgendwo melden?', 'de'],
  ])('"%s" is a question', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('question');
  });

  // No out-of-scope example shares their words, but nothing of ours does either and the search cannot place them:
  // declined, rather than asked which region they are about.
  it.each([
    ['how do i knit a scarf', 'en'],
    ['how many legs does a spider have', 'en'],
    ['comment tricoter une écharpe', 'fr'],
    ['wie pflanze ich tomaten richtig', 'de'],
    ['折り紙で鶴を折る方法', 'ja'],
    ['ピアノ上手くなりたい', 'ja'],
  ])('"%s" names nothing of ours and is declined', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('out-of-scope');
  });

  // …while a place alone (the answer to the region question) and short questions of our subjects stay questions.
  it.each([
    ['Köln', 'de'],
    ['genève svp', 'fr'],
    ["c'est quoi un kbis", 'fr'],
    ['comment on obtient la carte vitale', 'fr'],
    ['navigo price 2026?', 'en'],
  ])('"%s" stays a question', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('question');
  });

  // Requests outside our subjects that the examples in knowledge/intents.json now cover (recipes, dating, code…).
  it.each([
    ['カレーの作り方を教えて', 'ja'],
    ['彼氏ができない😢', 'ja'],
    ['好きな食べ物は何？', 'ja'],
    ['tu aimes le fromage ?', 'fr'],
    ['quel est le sens de la vie', 'fr'],
    ['schreib mir ein javascript programm', 'de'],
    ['how do i make pancakes', 'en'],
  ])('"%s" is out of scope by its examples', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('out-of-scope');
  });

  // French chat and questions about the bot, as typed on LINE.
  it.each([
    ["super, c'est noté", 'fr', 'acknowledgement'],
    ['cool merci 😊', 'fr', 'thanks'],
    ['vous êtes une vraie personne ?', 'fr', 'identity'],
    ["t'es un bot ?", 'fr', 'identity'],
    ['are u human', 'en', 'identity'],
    ['あなたはロボットですか？', 'ja', 'identity'],
    // Asked with words our entries' titles use too ("ask", "demander", "聞ける"): still about the bot.
    ['what can i ask about?', 'en', 'identity'],
    ['je peux te demander quoi ?', 'fr', 'identity'],
    ['どんなこと聞けるの？', 'ja', 'identity'],
  ])('"%s" is small talk (%s, %s)', (text, language, kind) => {
    expect(understanding.understand(text, { language })).toMatchObject({ kind: 'small-talk', smallTalk: kind });
  });

  it('a question plainly about our subjects is told from one that may be chit-chat (a lower bar for the answer)', () => {
    expect(understanding.plainlyInScope('moved to hisai (tsu) from another city, what do i file', 'en')).toBe(true);
    expect(understanding.plainlyInScope('is tokyo tower or skytree better for sunset pics', 'en')).toBe(false);
    expect(understanding.understand('is tokyo tower or skytree better for sunset pics', { language: 'en' }).kind).toBe('out-of-scope');
  });

  it.each([
    ['wie steht der euro zum yen heute', 'de'],
    ["what's the euro yen rate today?", 'en'],
    ['この英文を添削して: I has a pen', 'ja'],
  ])('an exchange rate or a proofreading request "%s" is out of scope, not an entry with sources', (text, language) => {
    expect(understanding.understand(text, { language }).kind).toBe('out-of-scope');
  });

  it('a question about the bot with a subject of ours beside it is a question', () => {
    expect(understanding.understand('what can you do for my visa?', { language: 'en' }).kind).toBe('question');
  });

  it('a request outside our subjects after an answer stays out of scope, though it refers back', () => {
    expect(understanding.understand("what's the weather like there", { language: 'en', last }).kind).toBe('out-of-scope');
    expect(understanding.understand('tell me a joke about that', { language: 'en', last }).kind).toBe('out-of-scope');
    expect(understanding.understand('und welche aktie soll ich kaufen?', { language: 'de', last }).kind).toBe('out-of-scope');
    expect(understanding.understand('and how long does that take?', { language: 'en', last }).kind).toBe('follow-up');
  });

  it('a question word asked beside a chat word ("wo genau?", "ok, and where?") is a follow-up, not small talk', () => {
    expect(understanding.understand('wo genau?', { language: 'de', last }).kind).toBe('follow-up');
    expect(understanding.understand('ok, and where?', { language: 'en', last }).kind).toBe('follow-up');
    expect(understanding.understand('genau!', { language: 'de', last }).kind).toBe('small-talk');
  });

  it('a short referring message is a follow-up only when there was an answer', () => {
    expect(understanding.understand('how long does that take?', { language: 'en', last }).kind).toBe('follow-up');
    expect(understanding.understand('und in Tokio?', { language: 'de', last }).kind).toBe('follow-up');
    expect(understanding.understand('それはどこでできますか', { language: 'ja', last }).kind).toBe('follow-up');
    expect(understanding.understand('how long does that take?', { language: 'en' }).kind).toBe('question');
  });

  it('a broken intents file is refused with the field named', () => {
    expect(() => parseIntentExamples('{"greeting": {"en": [1]}}')).toThrow(IntentExamplesError);
    expect(() => parseIntentExamples('{"greeting": {"en": [1]}}')).toThrow(/greeting\.en/);
  });
});

describe('entry sections', () => {
  it('splits at standalone bold lines and keeps the lead first', () => {
    const sections = entrySections('Lead text.\n\n**What to bring** (City)\n- Passport\n\n**Good to know**\n- Free of charge.');
    expect(sections.map((section) => section.heading)).toEqual(['', 'What to bring', 'Good to know']);
    expect(sections[1]!.markdown).toMatch(/Passport/);
  });

  it('a bold word inside a paragraph is no heading', () => {
    expect(entrySections('Register within **two weeks** of moving in.\n\nMore.').length).toBe(1);
  });

  it('splits a long answer for chat into an opening and the rest', () => {
    const { short, rest } = splitForChat(`${'a'.repeat(300)}\n\n${'b'.repeat(300)}\n\n${'c'.repeat(300)}`, 700);
    expect(short).toMatch(/b{300}$/);
    expect(rest).toBe('c'.repeat(300));
  });
});
