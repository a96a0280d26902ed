/**
 * Checks an incoming Bot Framework activity at the edge, before `CloudAdapter` sees it: what the adapter, the
 * states and the bot read without checking must be there and of the right type, or the request is a 400 with the
 * reason. Without this, `{"type":"message","text":"hi"}` answered 200 while the turn crashed inside.
 *
 * Required on every activity (Bot Framework Activity schema, as every channel sends it):
 * `type`, `channelId`, `conversation.id`, `from.id`, `recipient.id`, and `serviceUrl` unless
 * `deliveryMode` is `expectReplies` (then the replies travel in the response). Optional fields, when present,
 * must have their schema types (`text`/`locale` strings, `entities`/`attachments`/`membersAdded`/`membersRemoved`
 * arrays of objects).
 */

const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @returns the reasons the activity cannot be processed (empty when it can).
 * @example
 * activityProblems({ type: 'message', text: 'hi' });
 * // ['channelId is required', 'conversation.id is required', 'from.id is required', 'recipient.id is required', 'serviceUrl is required …']
 */
export function activityProblems(activity: unknown): string[] {
  if (!isObject(activity)) return ['body must be a Bot Framework activity (a JSON object)'];
  const problems: string[] = [];
  if (!nonEmptyString(activity.type)) problems.push('type is required');
  if (!nonEmptyString(activity.channelId)) problems.push('channelId is required');
  for (const account of ['conversation', 'from', 'recipient'] as const) {
    const value = activity[account];
    if (!isObject(value) || !nonEmptyString(value.id)) problems.push(`${account}.id is required`);
  }
  if (activity.deliveryMode !== 'expectReplies') {
    if (!nonEmptyString(activity.serviceUrl)) problems.push('serviceUrl is required (unless deliveryMode is expectReplies)');
    else if (!/^https?:\/\//i.test(activity.serviceUrl)) problems.push('serviceUrl must be an http(s) URL');
  }
  for (const field of ['text', 'locale', 'id', 'replyToId', 'name'] as const) {
    if (activity[field] !== undefined && activity[field] !== null && typeof activity[field] !== 'string') problems.push(`${field} must be a string`);
  }
  for (const field of ['entities', 'attachments', 'membersAdded', 'membersRemoved'] as const) {
    const value = activity[field];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || !value.every(isObject)) problems.push(`${field} must be an array of objects`);
  }
  for (const field of ['membersAdded', 'membersRemoved'] as const) {
    const value = activity[field];
    if (Array.isArray(value) && value.every(isObject) && !value.every((member) => nonEmptyString(member.id))) {
      problems.push(`${field}[].id is required`);
    }
  }
  if (activity.channelData !== undefined && activity.channelData !== null && !isObject(activity.channelData)) {
    problems.push('channelData must be an object');
  }
  return problems;
}
