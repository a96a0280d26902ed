import { openKnowledge } from './src/knowledge/knowledgeService';
import { loadPartnerships, requiredLanguagesByRegion } from './src/partnerships/partnerships';
const catalog = loadPartnerships('knowledge/partnerships.json');
const k = openKnowledge({ knowledgeDir: 'knowledge', knownRegions: catalog.regions.map(r=>r.id), requiredLanguages: requiredLanguagesByRegion(catalog) });
const [,, lang, region, ...q] = process.argv;
for (const h of k.index.search(q.join(' '), { language: lang, region: region === '-' ? undefined : region, limit: 6 })) console.log(h.entryId, h.score.toFixed(1), h.confidence.toFixed(2));
console.log(k.index.analyze(q.join(' '), lang, false));
