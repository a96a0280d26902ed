/**
 * Checks the knowledge folder: schema, language parity, sources, aliases, and freshness.
 * Usage: npx tsx scripts/knowledge-check.ts [--months=12] [--today=YYYY-MM-DD] [--dir=knowledge]
 * Exit code 1 on any schema/parity/source/alias problem; 0 otherwise (stale entries are listed, not fatal).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPartnerships, requiredLanguagesByRegion } from '../src/partnerships/partnerships';
import { checkKnowledge } from '../src/knowledge/knowledgeCheck';
import { loadKnowledge } from '../src/knowledge';
import { readPlans } from '../src/plans/planCatalog';
import { checkPlans } from '../src/plans/planCheck';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const months = Number(arg('months') ?? 12);
const today = arg('today') ?? new Date().toISOString().slice(0, 10);
const knowledgeDir = path.resolve(root, arg('dir') ?? 'knowledge');

const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
const result = checkKnowledge({
  knowledgeDir, knownRegions: catalog.regions.map((r) => r.id), requiredLanguages: requiredLanguagesByRegion(catalog), today, months,
});

console.log(`${result.entries} valid entries (${Object.entries(result.byRegion).map(([r, n]) => `${r} ${n}`).join(', ')})`);
if (result.problems.length > 0) {
  console.error(`\n${result.problems.length} problem(s):`);
  for (const p of result.problems) console.error(`  ${p.file}: ${p.problem}`);
}
if (result.stale.length > 0) {
  console.log(`\n${result.stale.length} stale entr${result.stale.length === 1 ? 'y' : 'ies'} (checked more than ${months} months before ${today}):`);
  for (const e of result.stale) console.log(`  ${e.id}  checked ${e.checked}`);
} else {
  console.log(`no stale entries (all checked within ${months} months of ${today})`);
}

// Plans (issue 10): shape, entries in every language, known slots and values, every step reachable.
const plans = readPlans(path.join(knowledgeDir, 'plans'));
let planProblems = plans.problems;
if (result.ok) {
  const knowledge = loadKnowledge({ entriesDir: path.join(knowledgeDir, 'entries'), knownRegions: catalog.regions.map((r) => r.id), requiredLanguages: requiredLanguagesByRegion(catalog) });
  planProblems = [...planProblems, ...checkPlans({ plans: plans.plans, knowledge, knownRegions: catalog.regions.map((r) => r.id), languagesByRegion: requiredLanguagesByRegion(catalog) })];
  // A region's arrival overview (partnerships.json) must be an entry of that region.
  for (const region of catalog.regions) {
    if (region.arrivalOverview && knowledge.byId(region.arrivalOverview)?.region !== region.id) {
      planProblems.push({ file: 'partnerships.json', problem: `region ${region.id}: arrivalOverview "${region.arrivalOverview}" is not an entry of that region` });
    }
  }
}
console.log(`${plans.plans.length} plans (${plans.plans.map((plan) => `${plan.id}: ${plan.steps.length} steps`).join(', ')})`);
if (planProblems.length > 0) {
  console.error(`\n${planProblems.length} plan problem(s):`);
  for (const p of planProblems) console.error(`  ${p.file}: ${p.problem}`);
}
process.exit(result.ok && planProblems.length === 0 ? 0 : 1);
