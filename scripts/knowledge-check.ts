/**
 * Checks the knowledge folder: schema, language parity, sources, and freshness.
 * Usage: npx tsx scripts/knowledge-check.ts [--months=12] [--today=YYYY-MM-DD]
 * Exit code 1 on any schema/parity/alias problem; 0 otherwise (stale entries are listed, not fatal).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPartnerships } from '../src/partnerships/partnerships';
import { AliasTable } from '../src/knowledge/aliases';
import { inspectKnowledge } from '../src/knowledge/loadKnowledge';
import { staleEntries } from '../src/knowledge/freshness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const months = Number(arg('months') ?? 12);
const today = arg('today') ?? new Date().toISOString().slice(0, 10);

let failed = false;
const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
const { knowledge, problems } = inspectKnowledge({
  entriesDir: path.join(root, 'knowledge/entries'),
  knownRegions: catalog.regions.map((r) => r.id),
});
try {
  AliasTable.load(path.join(root, 'knowledge/aliases.json'));
} catch (error) {
  console.error(`aliases.json: ${(error as Error).message}`);
  failed = true;
}

const byRegion = new Map<string, number>();
for (const entry of knowledge.entries) byRegion.set(entry.region, (byRegion.get(entry.region) ?? 0) + 1);
console.log(`${knowledge.entries.length} valid entries (${[...byRegion].map(([r, n]) => `${r} ${n}`).join(', ')})`);

if (problems.length > 0) {
  failed = true;
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p.file}: ${p.problem}`);
}

const stale = staleEntries(knowledge.entries, today, months);
if (stale.length > 0) {
  console.log(`\n${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} (checked more than ${months} months before ${today}):`);
  for (const e of stale) console.log(`  ${e.id}  checked ${e.checked}`);
} else {
  console.log(`no stale entries (all checked within ${months} months of ${today})`);
}
process.exit(failed ? 1 : 0);
