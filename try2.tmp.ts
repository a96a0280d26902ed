import { openKnowledge } from './src/knowledge/knowledgeService';
import { loadPartnerships } from './src/partnerships/partnerships';
import { ScopeClassifier } from './src/conversation/understanding/scopeClassifier';
import { resolveLanguage } from './src/conversation/languageResolver';
import { analyze } from './src/knowledge/analysis/analyzer';
const catalog = loadPartnerships('knowledge/partnerships.json');
const { knowledge, intents } = openKnowledge({ knowledgeDir: 'knowledge', knownRegions: ['tokyo', 'nrw'], strict: false });
const c = new ScopeClassifier(knowledge.entries, intents, catalog.regions.flatMap((r) => r.placeNames));
for (const q of ['Comment créer une entreprise à Tokyo ?']) { console.log(analyze(q,'fr',{bigrams:false}), c.classify(q,'fr')); }
console.log(resolveLanguage({ text: '我想在东京开公司', savedLanguage: 'ja', channelLocale: 'ja-JP' }));
