import { openKnowledge } from '../src/knowledge/knowledgeService';
import { entrySections } from '../src/knowledge/entrySections';
const k = openKnowledge({ knowledgeDir: 'knowledge', knownRegions: ['tokyo','nrw','tsu','paris','geneva'], strict: false });
const [id, lang, q] = process.argv.slice(2);
const e = k.knowledge.byId(id!)!;
console.log('Q', k.index.analyze(q!, lang!, false));
for (const s of entrySections(e.content[lang!]!.answerMarkdown)) console.log(s.heading, '|', k.index.analyze(s.markdown, lang!, false).join(' ').slice(0, 600));
