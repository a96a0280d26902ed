/** Plan validation: the shipped plans pass; broken plans are refused with a reason naming the plan and the fault. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge';
import { loadPartnerships, requiredLanguagesByRegion } from '../../src/partnerships/partnerships';
import { readPlans } from '../../src/plans/planCatalog';
import { checkPlans } from '../../src/plans/planCheck';
import type { PlanDefinition } from '../../src/plans/planDefinition';
import { openPlans } from '../../src/plans/planSetup';

const root = path.resolve(__dirname, '../..');
const plansDir = path.join(root, 'knowledge/plans');

describe('plan check', () => {
  let knowledge: KnowledgeBase;
  let plans: PlanDefinition[];
  let languagesByRegion: Record<string, readonly string[]>;
  beforeAll(() => {
    const catalog = loadPartnerships(path.join(root, 'knowledge/partnerships.json'));
    languagesByRegion = requiredLanguagesByRegion(catalog);
    knowledge = loadKnowledge({ entriesDir: path.join(root, 'knowledge/entries'), knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog) });
    plans = readPlans(plansDir).plans;
  });
  const check = (plan: PlanDefinition) => checkPlans({ plans: [plan], knowledge, knownRegions: ['tokyo', 'nrw'], languagesByRegion }).map((p) => p.problem);
  const broken = (mutate: (plan: PlanDefinition) => void) => {
    const plan = structuredClone(plans.find((candidate) => candidate.id === 'moving-nrw')!);
    mutate(plan);
    return check(plan);
  };

  it('the shipped plans (Tokyo ⇄ NRW, and company set-up in Tsu, the Paris Region and Geneva) are sound', () => {
    expect(readPlans(plansDir).problems).toEqual([]);
    expect(plans.map((plan) => plan.id).sort()).toEqual(['company-geneva', 'company-nrw', 'company-paris', 'company-tokyo', 'company-tsu', 'moving-nrw', 'moving-tokyo']);
    expect(checkPlans({ plans, knowledge, knownRegions: ['tokyo', 'nrw', 'tsu', 'paris', 'geneva'], languagesByRegion })).toEqual([]);
  });

  it('the languages a plan needs are its partnership\'s: French for a Tsu plan, German for an NRW plan, never both', () => {
    const tsu = structuredClone(plans.find((candidate) => candidate.id === 'company-tsu')!);
    delete (tsu.steps[0]!.title as Record<string, string>).fr;
    const problems = checkPlans({ plans: [tsu], knowledge, knownRegions: ['tsu'], languagesByRegion }).map((p) => p.problem);
    expect(problems).toEqual(['steps.0.title.fr: missing (plan languages ja, fr, en)']);
    // The Tsu plans have no German and the NRW plans no French, and both pass.
    expect(plans.find((candidate) => candidate.id === 'company-tsu')!.title.de).toBeUndefined();
    expect(plans.find((candidate) => candidate.id === 'company-nrw')!.title.fr).toBeUndefined();
    const nrw = structuredClone(plans.find((candidate) => candidate.id === 'company-nrw')!);
    delete (nrw.title as Record<string, string>).de;
    expect(check(nrw)).toEqual(['title.de: missing (plan languages ja, de, en)']);
  });

  it('a Tsu plan step citing an entry of Tokyo is refused, though the facts are Japanese law too', () => {
    const tsu = structuredClone(plans.find((candidate) => candidate.id === 'company-tsu')!);
    tsu.steps[1]!.entry = 'tokyo-legal-forms';
    const problems = checkPlans({ plans: [tsu], knowledge, knownRegions: ['tsu'], languagesByRegion }).map((p) => p.problem).join('\n');
    expect(problems).toMatch(/cites entry "tokyo-legal-forms" of region tokyo, not tsu/);
    expect(problems).toMatch(/cites entry "tokyo-legal-forms", which has no fr text/);
  });

  it.each<[string, (plan: PlanDefinition) => void, RegExp]>([
    ['an entry that does not exist', (plan) => { plan.steps[0]!.entry = 'nrw-no-such-entry'; }, /cites entry "nrw-no-such-entry", which does not exist/],
    ['an entry of the other region', (plan) => { plan.steps[0]!.entry = 'tokyo-residence-registration'; }, /of region tokyo, not nrw/],
    ['an unknown slot in a condition', (plan) => { plan.steps[0]!.when = { town: 'duesseldorf' }; }, /names unknown slot "town"/],
    ['an unknown value in a condition', (plan) => { plan.steps[0]!.when = { city: 'bonn' }; }, /names value "bonn", which slot "city" does not have/],
    ['an unreachable step', (plan) => { plan.steps[0]!.when = { children: 'none', school: 'public' }; }, /step "anmeldung-duesseldorf" is unreachable/],
    ['a deadline counting from a choice slot', (plan) => { plan.steps[0]!.deadline = { days: 14, after: 'city', entry: 'nrw-residence-registration' }; }, /counts from "city", which is not a date slot/],
    ['a question that changes nothing', (plan) => { plan.steps.forEach((step) => { if (step.when && 'employment' in step.when) delete step.when.employment; }); }, /slot "employment" changes no step/],
  ])('refuses %s', (_name, mutate, expected) => {
    expect(broken(mutate).join('\n')).toMatch(expected);
  });

  it('a broken plan file stops the start with the problem listed (shape checked too)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plans-'));
    const plan = structuredClone(plans.find((candidate) => candidate.id === 'moving-nrw')!) as unknown as Record<string, unknown>;
    delete (plan.title as Record<string, string>).ja;
    fs.writeFileSync(path.join(dir, 'moving-nrw.yaml'), stringify(plan));
    expect(() => openPlans({
      plansDir: dir, knowledge, knownRegions: ['tokyo', 'nrw'], languagesByRegion, storage: {} as never, messengers: { send: async () => undefined },
      i18n: {} as never, logger: { info() {} } as never, secret: 'x'.repeat(32), publicBaseUrl: undefined,
    })).toThrow(/plans\/moving-nrw: title\.ja: missing/);
  });
});
