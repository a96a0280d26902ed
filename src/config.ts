/**
 * The only place that reads `process.env`. Everything else receives a typed {@link AppConfig}.
 * A bad value fails at start with a message that names the variable and what it expects.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePartnershipBindings } from './partnerships/partnershipResolver';

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

/**
 * Abuse limits (fixed windows, `rate-limiter-flexible`; shared by replicas through Redis when `REDIS_URL` is set).
 * Defaults leave room for the bench (16 concurrent conversations, ~1,000 turns/s from one address, ~5 turns/s
 * per user) while stopping floods.
 */
export interface RateLimitConfig {
  /** `RATE_LIMIT_IP_POINTS` requests per `RATE_LIMIT_IP_WINDOW_SECONDS` per client address on /api/messages and Direct Line (default 15000 per 5 s). */
  ipPoints: number;
  ipWindowSeconds: number;
  /** `RATE_LIMIT_USER_POINTS` messages per `RATE_LIMIT_USER_WINDOW_SECONDS` per chat user on every channel (default 30 per 3 s). */
  userPoints: number;
  userWindowSeconds: number;
  /** `RATE_LIMIT_LOGIN_IP_POINTS` staff login attempts per `RATE_LIMIT_LOGIN_WINDOW_SECONDS` per address (default 30 per 300 s). */
  loginIpPoints: number;
  /** `RATE_LIMIT_LOGIN_ACCOUNT_POINTS` staff login attempts per window per account id (default 10 per 300 s). */
  loginAccountPoints: number;
  loginWindowSeconds: number;
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
  /** Interval of the WebSocket stream's empty keep-alive message and catch-up read. */
  directLineStreamKeepAliveSeconds: number;
  /** Direct Line endpoint the web chat page talks to; undefined = this service's `/v3/directline`. */
  webChatDirectLineDomain: string | undefined;
  /** Azure Bot Service's Direct Line, for `POST /api/webchat/token`; undefined = that route is off. */
  directLineAzure: { secret: string; baseUrl: string } | undefined;
  line: LineConfig | undefined;
  llm: LlmConfig | undefined;
  staffToken: string | undefined;
  /** JSON file of per-office staff accounts (`[{ id, officeId, name, language, passwordHash }]`); unset = admin token only. */
  staffAccountsFile: string | undefined;
  /** Secret that signs staff session tokens; generated per process when unset (sessions end at a restart; one replica). */
  staffSessionSecret: string | undefined;
  /** `DATA_EXPORT_SECRET`: signs "export my data" links (≥ 32 characters); unset = generated once and kept in Redis, or per process. */
  dataExportSecret: string | undefined;
  staffSessionTtlSeconds: number;
  logLevel: string;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  bodyLimitBytes: number;
  knowledgeDir: string;
  localesDir: string;
  stateTtlSeconds: number;
  publicBaseUrl: string | undefined;
  /** `INSIGHTS_RETENTION_DAYS`: how long staff-insight aggregates and redacted unanswered questions are kept (default 90). */
  insightsRetentionDays: number;
  escalation: EscalationConfig;
  rateLimits: RateLimitConfig;
  /** `DATA_EXPORT_TTL_SECONDS`: how long a "export my data" link works (default 900 = 15 min). */
  dataExportTtlSeconds: number;
  /** `PARTNERSHIP_BINDINGS`: channel id → partnership id (`line=tsu-paris-geneva,msteams=tokyo-nrw`); unset = none. */
  partnershipBindings?: Record<string, string>;
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

/** `DIRECTLINE_AZURE_SECRET` (the Direct Line channel's secret in Azure, kept on the server) and its service's base URL. */
function directLineAzureConfig(env: Env): AppConfig['directLineAzure'] {
  const secret = optional(env, 'DIRECTLINE_AZURE_SECRET');
  const baseUrl = url(env, 'DIRECTLINE_AZURE_BASE_URL', 'https://directline.botframework.com')!;
  if (secret === undefined) return undefined;
  if (secret.length < 16 || /\s/.test(secret)) throw new ConfigError('DIRECTLINE_AZURE_SECRET', 'expected the Direct Line secret from the Azure portal (no spaces)');
  return { secret, baseUrl: baseUrl.replace(/\/+$/, '') };
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
  const dataExportSecret = optional(env, 'DATA_EXPORT_SECRET');
  if (dataExportSecret !== undefined && dataExportSecret.length < 32) throw new ConfigError('DATA_EXPORT_SECRET', 'must be at least 32 characters');
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
    // Seconds; small values are for tests of token expiry during a disconnect.
    directLineTokenTtlSeconds: integer(env, 'DIRECTLINE_TOKEN_TTL_SECONDS', 1800, 2, 86_400),
    directLineStreamKeepAliveSeconds: integer(env, 'DIRECTLINE_STREAM_KEEPALIVE_SECONDS', 15, 1, 300),
    webChatDirectLineDomain: url(env, 'WEBCHAT_DIRECTLINE_DOMAIN'),
    directLineAzure: directLineAzureConfig(env),
    line: lineConfig(env),
    llm: llmConfig(env),
    staffToken,
    staffAccountsFile: optional(env, 'STAFF_ACCOUNTS_FILE'),
    staffSessionSecret,
    dataExportSecret,
    staffSessionTtlSeconds: integer(env, 'STAFF_SESSION_TTL_SECONDS', 8 * 3600, 300, 86_400),
    logLevel,
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
    knowledgeDir: optional(env, 'KNOWLEDGE_DIR') ?? path.join(projectRoot, 'knowledge'),
    localesDir: path.join(projectRoot, 'locales'),
    stateTtlSeconds: integer(env, 'STATE_TTL_SECONDS', 90 * 86_400, 60, 3650 * 86_400),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL'),
    insightsRetentionDays: integer(env, 'INSIGHTS_RETENTION_DAYS', 90, 1, 3650),
    escalation: escalationConfig(env),
    rateLimits: {
      ipPoints: integer(env, 'RATE_LIMIT_IP_POINTS', 15_000, 1, 10_000_000),
      ipWindowSeconds: integer(env, 'RATE_LIMIT_IP_WINDOW_SECONDS', 5, 1, 86_400),
      userPoints: integer(env, 'RATE_LIMIT_USER_POINTS', 30, 1, 1_000_000),
      userWindowSeconds: integer(env, 'RATE_LIMIT_USER_WINDOW_SECONDS', 3, 1, 86_400),
      loginIpPoints: integer(env, 'RATE_LIMIT_LOGIN_IP_POINTS', 30, 1, 1_000_000),
      loginAccountPoints: integer(env, 'RATE_LIMIT_LOGIN_ACCOUNT_POINTS', 10, 1, 1_000_000),
      loginWindowSeconds: integer(env, 'RATE_LIMIT_LOGIN_WINDOW_SECONDS', 300, 1, 86_400),
    },
    dataExportTtlSeconds: integer(env, 'DATA_EXPORT_TTL_SECONDS', 900, 1, 86_400),
    partnershipBindings: partnershipBindingsConfig(env),
    indexSnapshotFile: path.join(projectRoot, 'dist', 'knowledge-index.json'),
  };
}

/** `PARTNERSHIP_BINDINGS`, checked for syntax here and against partnerships.json at start. */
function partnershipBindingsConfig(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    return parsePartnershipBindings(env.PARTNERSHIP_BINDINGS);
  } catch (error) {
    throw new ConfigError('PARTNERSHIP_BINDINGS', (error as Error).message);
  }
}

/** What `npm run teams:package` needs: the bot's app id and the public address. */
export interface TeamsPackageConfig {
  botId: string;
  publicBaseUrl: string;
  localesDir: string;
}

/**
 * Reads `MicrosoftAppId` and `PUBLIC_BASE_URL` for the Teams app package (no password needed to build it).
 * @throws ConfigError when either is unset or malformed.
 */
export function loadTeamsPackageConfig(env: Env = process.env): TeamsPackageConfig {
  const botId = optional(env, 'MicrosoftAppId');
  if (!botId) throw new ConfigError('MicrosoftAppId', 'is required to build the Teams app package (the bot\'s Microsoft App ID)');
  const publicBaseUrl = url(env, 'PUBLIC_BASE_URL');
  if (!publicBaseUrl || !publicBaseUrl.startsWith('https://')) {
    throw new ConfigError('PUBLIC_BASE_URL', 'is required as an https URL to build the Teams app package');
  }
  return { botId, publicBaseUrl, localesDir: path.join(projectRoot, 'locales') };
}
