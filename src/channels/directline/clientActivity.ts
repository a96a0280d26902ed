/**
 * What a Direct Line client may post, checked and reduced to the fields the bot uses. Identity, conversation, ids and
 * timestamps are the service's to set; attachments are refused (no upload endpoint).
 */
import { HttpError } from '../../http/httpError';

export interface ClientActivity {
  type: 'message' | 'event' | 'typing';
  text?: string;
  textFormat?: 'plain' | 'markdown' | 'xml';
  locale?: string;
  value?: unknown;
  name?: string;
  /** Kept as sent: Web Chat matches its `clientActivityID` in the echo to mark a message as sent. */
  channelData?: Record<string, unknown>;
  /** The display name the client chose; shown to nobody but this user. */
  fromName?: string;
}

const TYPES = new Set(['message', 'event', 'typing']);
const TEXT_FORMATS = new Set(['plain', 'markdown', 'xml']);
/** BCP 47-ish: `de`, `de-DE`, `zh-Hant-TW`. Anything else is dropped rather than passed to language resolution. */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** A locale tag if `value` looks like one, else undefined. */
export function localeOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 35 && LOCALE.test(value) ? value : undefined;
}

/**
 * @throws HttpError 400 naming what is wrong.
 * @example
 * readClientActivity({ type: 'message', text: 'Hallo', channelData: { clientActivityID: 'a1' } }).text; // 'Hallo'
 */
export function readClientActivity(body: unknown): ClientActivity {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'body must be an activity object');
  const raw = body as Record<string, unknown>;
  if (typeof raw.type !== 'string' || raw.type === '') throw new HttpError(400, 'activity needs a type');
  if (!TYPES.has(raw.type)) throw new HttpError(400, `activity type "${raw.type.slice(0, 40)}" is not supported; send message, event or typing`);
  const type = raw.type as ClientActivity['type'];
  if (raw.text !== undefined && typeof raw.text !== 'string') throw new HttpError(400, 'activity text must be a string');
  if (type === 'message' && typeof raw.text !== 'string' && raw.value === undefined) {
    throw new HttpError(400, 'a message activity needs text (attachments are not supported)');
  }
  if (type === 'event' && (typeof raw.name !== 'string' || raw.name === '')) throw new HttpError(400, 'an event activity needs a name');
  const from = raw.from as { name?: unknown } | undefined;
  const channelData = raw.channelData;
  const activity: ClientActivity = { type };
  if (typeof raw.text === 'string') activity.text = raw.text;
  if (typeof raw.textFormat === 'string' && TEXT_FORMATS.has(raw.textFormat)) activity.textFormat = raw.textFormat as ClientActivity['textFormat'];
  const locale = localeOf(raw.locale);
  if (locale) activity.locale = locale;
  if (raw.value !== undefined) activity.value = raw.value;
  if (type === 'event') activity.name = (raw.name as string).slice(0, 200);
  if (channelData && typeof channelData === 'object' && !Array.isArray(channelData)) activity.channelData = channelData as Record<string, unknown>;
  if (typeof from?.name === 'string' && from.name.trim()) activity.fromName = from.name.trim().slice(0, 100);
  return activity;
}
