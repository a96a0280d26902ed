/**
 * Which office takes a case: data-driven rules from `offices.json`, tried in order, first match wins.
 * A rule matches when every condition it names holds; `region: ["unknown"]` matches a case without a region.
 */
import type { Office, OfficeDirectory } from './offices';

export interface RoutingRule {
  id: string;
  when: { region?: string[]; topic?: string[]; language?: string[]; partnership?: string[] };
  office: string;
  /** Why, in plain words (README, logs). */
  explanation?: string;
}

export interface RoutingRequest {
  regionId: string | undefined;
  topic: string | undefined;
  language: string;
  /** The conversation's partnership, when known (entry point, place names or saved context). */
  partnership?: string | undefined;
}

export interface RoutingDecision {
  office: Office;
  ruleId: string;
}

export class NoOfficeError extends Error {
  override name = 'NoOfficeError';
  constructor(readonly request: RoutingRequest) {
    super(`no routing rule matches region=${request.regionId ?? 'unknown'} topic=${request.topic ?? '-'} language=${request.language}`);
  }
}

/**
 * @example
 * routeCase(directory, { regionId: 'nrw', topic: 'company', language: 'ja' }).office.id; // 'nrw-japan-kk'
 */
export function routeCase(directory: OfficeDirectory, request: RoutingRequest): RoutingDecision {
  const region = request.regionId ?? 'unknown';
  for (const rule of directory.routing) {
    if (rule.when.region && !rule.when.region.includes(region)) continue;
    if (rule.when.topic && (!request.topic || !rule.when.topic.includes(request.topic))) continue;
    if (rule.when.language && !rule.when.language.includes(request.language)) continue;
    if (rule.when.partnership && (!request.partnership || !rule.when.partnership.includes(request.partnership))) continue;
    const office = directory.offices.find((candidate) => candidate.id === rule.office);
    if (office) return { office, ruleId: rule.id };
  }
  throw new NoOfficeError(request);
}
