/**
 * The only place that reads `process.env`. Everything else receives a typed {@link AppConfig}.
 * A bad value fails at start with a message that names the variable and what it expects.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
  }
}

export interface BotFrameworkAuthConfig {
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
}

export interface LineConfig {
  channelSecret: string;
  channelAccessToken: string;
  apiBaseUrl: string;
  dataApiBaseUrl: string;
}

export interface LlmConfig {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
}

/** Escalation to contact offices (issue 5). */
export interface EscalationConfig {
  /** `OFFICES_NOTIFY_FILE`: JSON of notification targets per office (e-mails, webhook, Teams reference); unset = none. */
  notifyFile: string | undefined;
  /** `SMTP_URL`, e.g. smtp://user:pass@mail.example.org:587; unset = no e-mail notifications. */
  smtpUrl: string | undefined;
  /** `SMTP_FROM`: sender of staff e-mails. */
  smtpFrom: string;
  /** `NOTIFY_WEBHOOK_SECRET`: HMAC-SHA256 key signing webhook bodies (≥ 16 characters); unset = no webhooks. */
  webhookSecret: string | undefined;
  /** `CASE_RETENTION_DAYS`: resolved cases are anonymised after this many days (default 90). */
  retentionDays: number;
  /** `NOTIFY_INTERVAL_MS`: how often due notification retries are sent (default 5000). */
  notifyIntervalMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  /** `REDIS_CLUSTER_NODES`: comma-separated `redis://host:port` seeds of a Redis Cluster; when set, every store, lock and queue runs on the cluster and `REDIS_URL` is ignored. */
  redisClusterNodes?: string[] | undefined;
  /** `REDIS_COMMAND_TIMEOUT_MS`: bound on every Redis command (default 2000); past it the request answers 503 with Retry-After. */
  redisCommandTimeoutMs?: number | undefined;
  /** Bot Framework authentication; undefined means authentication is off (Emulator / local web chat). */
  botFrameworkAuth: BotFrameworkAuthConfig | undefined;
  /** Secret that signs Direct Line tokens; generated per process when unset (fine for one replica). */
  directLineSecret: string | undefined;
  directLineTokenTtlSeconds: number;
  /** Direct Line endpoint the web chat page talks to; undefined = this service's `/v3/directline`. */
  webChatDirectLineDomain: string | undefined;
  line: LineConfig | undefined;
  llm: LlmConfig | undefined;
  staffToken: string | undefined;
  /** JSON file of per-office staff accounts (`[{ id, officeId, name, language, passwordHash }]`); unset = admin token only. */
  staffAccountsFile: string | undefined;
  /** Secret that signs staff session tokens; generated per process when unset (sessions end at a restart; one replica). */
  staffSessionSecret: string | undefined;
  staffSessionTtlSeconds: number;
  logLevel: string;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimitBytes: number;
  knowledgeDir: string;
  localesDir: string;
  stateTtlSeconds: number;
  publicBaseUrl: string | undefined;
  escalation: EscalationConfig;
  /** Prebuilt knowledge index written by `npm run build` (`dist/knowledge-index.json`); used when fresh, else the index is built at start. */
  indexSnapshotFile?: string | undefined;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}–${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, fallback?: string): string | undefined {
  const raw = optional(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (!/^(https?|rediss?):$/.test(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError(name, `expected a URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function redisClusterNodes(env: Env): string[] | undefined {
  const raw = optional(env, 'REDIS_CLUSTER_NODES');
  if (raw === undefined) return undefined;
  const seeds = raw.split(',').map((seed) => seed.trim()).filter(Boolean);
  for (const seed of seeds) {
    if (!/^rediss?:\/\/[^/\s]+:\d+\/?$/.test(seed)) throw new ConfigError('REDIS_CLUSTER_NODES', `expected comma-separated redis://host:port seeds, got "${seed}"`);
  }
  const prefix = optional(env, 'REDIS_KEY_PREFIX') ?? '';
  if (prefix.includes('{')) throw new ConfigError('REDIS_KEY_PREFIX', 'must not contain "{" on a Redis Cluster (hash tags are added per conversation)');
  return seeds.length > 0 ? seeds : undefined;
}

function botFrameworkAuth(env: Env): BotFrameworkAuthConfig | undefined {
  const appId = optional(env, 'MicrosoftAppId');
  const appPassword = optional(env, 'MicrosoftAppPassword');
  const appType = optional(env, 'MicrosoftAppType') ?? 'MultiTenant';
  const tenantId = optional(env, 'MicrosoftAppTenantId') ?? '';
  if (!appId && !appPassword) return undefined;
  if (!appId) throw new ConfigError('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
  if (appType !== 'MultiTenant' && appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppType', `expected MultiTenant, SingleTenant or UserAssignedMSI, got "${appType}"`);
  }
  if (appType !== 'UserAssignedMSI' && !appPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (appType === 'SingleTenant' && !tenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required for MicrosoftAppType=SingleTenant');
  }
  return { appId, appPassword: appPassword ?? '', appType, tenantId };
}

function lineConfig(env: Env): LineConfig | undefined {
  const channelSecret = optional(env, 'LINE_CHANNEL_SECRET');
  const channelAccessToken = optional(env, 'LINE_CHANNEL_ACCESS_TOKEN');
  if (!channelSecret && !channelAccessToken) return undefined;
  if (!channelSecret) throw new ConfigError('LINE_CHANNEL_SECRET', 'is required when LINE_CHANNEL_ACCESS_TOKEN is set');
  if (!channelAccessToken) throw new ConfigError('LINE_CHANNEL_ACCESS_TOKEN', 'is required when LINE_CHANNEL_SECRET is set');
  const apiBaseUrl = url(env, 'LINE_API_BASE_URL', 'https://api.line.me')!;
  const dataApiBaseUrl = url(env, 'LINE_DATA_API_BASE_URL', optional(env, 'LINE_API_BASE_URL') ?? 'https://api-data.line.me')!;
  return { channelSecret, channelAccessToken, apiBaseUrl, dataApiBaseUrl };
}

function escalationConfig(env: Env): EscalationConfig {
  const smtpUrl = optional(env, 'SMTP_URL');
  if (smtpUrl !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new ConfigError('SMTP_URL', `expected smtp://… or smtps://…, got "${smtpUrl.replace(/\/\/[^@/]*@/, '//***@')}"`);
  }
  const webhookSecret = optional(env, 'NOTIFY_WEBHOOK_SECRET');
  if (webhookSecret !== undefined && webhookSecret.length < 16) throw new ConfigError('NOTIFY_WEBHOOK_SECRET', 'must be at least 16 characters');
  const smtpFrom = optional(env, 'SMTP_FROM') ?? 'kakehashi <kakehashi@localhost>';
  return {
    notifyFile: optional(env, 'OFFICES_NOTIFY_FILE'),
    smtpUrl,
    smtpFrom,
    webhookSecret,
    retentionDays: integer(env, 'CASE_RETENTION_DAYS', 90, 1, 3650),
    notifyIntervalMs: integer(env, 'NOTIFY_INTERVAL_MS', 5000, 50, 3_600_000),
  };
}

function llmConfig(env: Env): LlmConfig | undefined {
  const apiKey = optional(env, 'OPENAI_API_KEY');
  if (!apiKey) return undefined;
  return {
    apiKey,
    baseUrl: url(env, 'OPENAI_BASE_URL'),
    model: optional(env, 'OPENAI_MODEL') ?? 'gpt-4o-mini',
    timeoutMs: integer(env, 'OPENAI_TIMEOUT_MS', 8000, 500, 60_000),
  };
}

/**
 * Reads and validates the configuration.
 * @example
 * const config = loadConfig({ PORT: '3978' });
 * config.port; // 3978
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected fatal, error, warn, info, debug, trace or silent, got "${logLevel}"`);
  }
  const directLineSecret = optional(env, 'DIRECTLINE_SECRET');
  if (directLineSecret !== undefined && directLineSecret.length < 32) {
    throw new ConfigError('DIRECTLINE_SECRET', 'must be at least 32 characters');
  }
  // The admin token is not throttled like logins: it must be too long to guess.
  const staffToken = optional(env, 'STAFF_TOKEN');
  if (staffToken !== undefined && staffToken.length < 24) throw new ConfigError('STAFF_TOKEN', 'must be at least 24 characters');
  const staffSessionSecret = optional(env, 'STAFF_SESSION_SECRET');
  if (staffSessionSecret !== undefined && staffSessionSecret.length < 32) {
    throw new ConfigError('STAFF_SESSION_SECRET', 'must be at least 32 characters');
  }
  return {
    port: integer(env, 'PORT', 3978, 0, 65535),
    host: optional(env, 'HOST') ?? '0.0.0.0',
    redisUrl: url(env, 'REDIS_URL'),
    redisKeyPrefix: optional(env, 'REDIS_KEY_PREFIX') ?? 'kakehashi:',
    redisClusterNodes: redisClusterNodes(env),
    redisCommandTimeoutMs: integer(env, 'REDIS_COMMAND_TIMEOUT_MS', 2000, 100, 60_000),
    botFrameworkAuth: botFrameworkAuth(env),
    directLineSecret,
    directLineTokenTtlSeconds: integer(env, 'DIRECTLINE_TOKEN_TTL_SECONDS', 1800, 60, 86_400),
    webChatDirectLineDomain: url(env, 'WEBCHAT_DIRECTLINE_DOMAIN'),
    line: lineConfig(env),
    llm: llmConfig(env),
    staffToken,
    staffAccountsFile: optional(env, 'STAFF_ACCOUNTS_FILE'),
    staffSessionSecret,
    staffSessionTtlSeconds: integer(env, 'STAFF_SESSION_TTL_SECONDS', 8 * 3600, 300, 86_400),
    logLevel,
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
    knowledgeDir: optional(env, 'KNOWLEDGE_DIR') ?? path.join(projectRoot, 'knowledge'),
    localesDir: path.join(projectRoot, 'locales'),
    stateTtlSeconds: integer(env, 'STATE_TTL_SECONDS', 90 * 86_400, 60, 3650 * 86_400),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL'),
    escalation: escalationConfig(env),
    indexSnapshotFile: path.join(projectRoot, 'dist', 'knowledge-index.json'),
  };
}
