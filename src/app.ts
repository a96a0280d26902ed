/**
 * The composition root: config → stores → i18n and knowledge → bot and dialogs → adapters → HTTP app.
 * `src/index.ts` runs it; tests build it in-process with their own config.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Storage, TurnContext } from 'botbuilder';
import { LeanConversationState, LeanUserState } from './state/leanBotState';
import type { RedisClientType } from 'redis';
import { createStores } from './state/stores';
import { storeGateRouter } from './http/storeGate';
import type { AppConfig } from './config';
import { createLogger, type Logger } from './logging/logger';
import { createI18n } from './i18n/i18n';
import { loadPartnerships, requiredLanguagesByRegion } from './partnerships/partnerships';
import { PartnershipResolver } from './partnerships/partnershipResolver';
import { loadOffices } from './escalation/offices';
import { RegionResolver } from './conversation/regionResolver';
import { KakehashiBot } from './conversation/kakehashiBot';
import { createTurnErrorHandler } from './conversation/turnErrorHandler';
import { openKnowledge } from './knowledge/knowledgeService';
import { RegionTerms } from './knowledge/regionTerms';
import { PartnershipTerms } from './knowledge/partnershipTerms';
import { NamedOffice } from './escalation/namedOffice';
import type { LlmAnswerer } from './knowledge/llmAnswerer';
import { KnowledgeAnswerer } from './answers/knowledgeAnswerer';
import type { Answerer } from './conversation/answering';
import { RootDialog } from '../dialogs/rootDialog';
import { consentAbandoned } from '../dialogs/escalationDialog';
import { createEscalation, type Escalation, type EscalationOverrides } from './escalation/escalationSetup';
import { AdapterMessenger } from './escalation/userMessenger';
import { CASE_KEY_PREFIX } from './escalation/caseStore';
import { DIRECT_LINE_CHANNEL_ID } from './channels/directline/directLineAdapter';
import { LINE_CHANNEL_ID } from './channels/line/lineEvents';
import { createCloudAdapter } from './channels/botframework/cloudAdapter';
import { botFrameworkRouter } from './channels/botframework/botFrameworkRoute';
import { createDirectLineChannel } from './channels/directline/directLineChannel';
import { webChatPageRouter } from './channels/webchat/webChatPage';
import { azureDirectLineTokenRouter, WEBCHAT_TOKEN_PATH } from './channels/webchat/azureDirectLineToken';
import { LINE_WEBHOOK_PATH } from './channels/line/lineWebhookRoute';
import { createHttpApp } from './http/server';
import { InFlightTurns } from './http/inFlightTurns';
import { staffRouterFromConfig } from './escalation/staff/staffRouter';
import type { CaseService } from './escalation/caseTypes';
import { InsightsStore, INSIGHTS_KEY_PREFIX } from './insights/insightsStore';
import { InsightsRecorder } from './insights/insightsRecorder';
import { recordingAnswerer } from './insights/recordingAnswerer';
import { closestEntriesFinder } from './insights/closestEntries';
import { resolveSigningSecret, type SecretKeyValueStore } from './state/signingSecrets';
import { createRateLimits } from './limits/rateLimiters';
import { httpRateLimitRouter } from './limits/httpRateLimits';
import { chatRateLimit } from './limits/chatRateLimit';
import { ExportTokens } from './dataRights/exportTokens';
import { UserDataExporter } from './dataRights/userDataExport';
import { DataExport } from './dataRights/dataExport';
import { sendReply } from '../dialogs/sendReply';
import { turnServices } from './conversation/turnServices';
import { openPlans, type Plans } from './plans/planSetup';
import { PlanDialog } from '../dialogs/planDialog';

export interface Kakehashi {
  app: ReturnType<typeof createHttpApp>;
  bot: KakehashiBot;
  storage: Storage;
  logger: Logger;
  inFlight: InFlightTurns;
  /** Cases, notifications and relay to users (issue 5). */
  escalation: Escalation;
  /** Questions observed for the staff insights (flushed every few seconds). */
  insights: InsightsRecorder;
  /** Guided plans (issue 10): catalog, planner, reminders. */
  plans: Plans;
  /** Closes connections; call after the HTTP server stopped accepting and in-flight turns finished. */
  close(): Promise<void>;
  /** Closes the Direct Line WebSocket streams (upgraded sockets keep `server.close` waiting otherwise). */
  closeStreams(): Promise<void>;
}

export interface KakehashiOverrides {
  logger?: Logger;
  answerer?: Answerer;
  /** Replaces the escalation service behind the staff console and API (`/staff`), e.g. an in-memory one in tests. */
  caseService?: CaseService;
  /** Notification targets, clock, translator and retry timing for the escalation side (tests). */
  escalation?: EscalationOverrides;
  /** Clock and sweep interval of guided plans and their reminders (tests). */
  plans?: { clock?: () => Date; reminderIntervalMs?: number };
}

/** Escalation cases outlive conversation state; their retention is the case service's sweep (`CASE_RETENTION_DAYS`). */
const CASES_NEVER_EXPIRE = { pattern: new RegExp(`^${CASE_KEY_PREFIX}`), ttlSeconds: null };
/** Staff-insight documents live as long as `INSIGHTS_RETENTION_DAYS` after their last write. */
const insightsRetention = (config: AppConfig) => ({ pattern: new RegExp(`^${INSIGHTS_KEY_PREFIX}`), ttlSeconds: config.insightsRetentionDays * 86_400 });
const ttlOverridesOf = (config: AppConfig) => [CASES_NEVER_EXPIRE, insightsRetention(config)];

/**
 * @example
 * const kakehashi = await createKakehashi(loadConfig());
 * kakehashi.app.listen(3978);
 */
export async function createKakehashi(config: AppConfig, overrides: KakehashiOverrides = {}): Promise<Kakehashi> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const stores = await createStores(config, logger, ttlOverridesOf(config));
  const i18n = await createI18n(config.localesDir);
  const catalog = loadPartnerships(path.join(config.knowledgeDir, 'partnerships.json'));
  const offices = loadOffices(path.join(config.knowledgeDir, 'offices.json'));
  const regionResolver = new RegionResolver(catalog);
  const knowledge = openKnowledge({
    knowledgeDir: config.knowledgeDir, knownRegions: catalog.regions.map((region) => region.id), requiredLanguages: requiredLanguagesByRegion(catalog), snapshotFile: config.indexSnapshotFile,
  });
  // Terms of one side ("Kbis", "Deutschlandticket") and a language named ("German") tell the partnership and region.
  const regionTerms = new RegionTerms(knowledge.knowledge.entries, knowledge.prepared?.regionOwnTerms);
  const officeNames = new NamedOffice(offices);
  const subjectRegions = (text: string, language: string): readonly string[] => {
    // An office named ("OPIの人とつないで", "someone at GGBa") is on its region's side.
    const office = officeNames.in(text);
    if (office) return [office.servesRegion];
    const byTerms = regionTerms.regionsIn(text);
    const byLanguage = byTerms.length === 0 ? regionResolver.regionOfLanguageNamed(text, language) : undefined;
    return byLanguage ? [byLanguage] : byTerms;
  };
  const partnershipTerms = new PartnershipTerms(knowledge.knowledge.entries, catalog);
  const partnerships = new PartnershipResolver(catalog, regionResolver, config.partnershipBindings ?? {}, subjectRegions, (text) => partnershipTerms.regionsOf(text));
  logger.info({ entries: knowledge.knowledge.entries.length, llm: Boolean(config.llm) }, 'knowledge loaded');
  // Loaded only when configured: langchain and @langchain/openai cost ≈ 0.4 s of start time.
  const llm: LlmAnswerer | undefined = config.llm
    ? new (await import('./knowledge/llmAnswerer')).LlmAnswerer({ apiKey: config.llm.apiKey, baseURL: config.llm.baseUrl, model: config.llm.model, timeoutMs: config.llm.timeoutMs }, (reason) =>
        logger.warn({ reason }, 'LLM answer unusable: curated answer sent'),
      )
    : undefined;
  const insightsStore = new InsightsStore(stores.storage, stores.turnLock);
  const insights = new InsightsRecorder({
    store: insightsStore,
    closestEntries: closestEntriesFinder(knowledge),
    logger,
    retentionDays: config.insightsRetentionDays,
  });
  const answerer = recordingAnswerer(overrides.answerer ?? new KnowledgeAnswerer({ knowledge, regions: catalog.regions, logger, llm, regionTerms }), insights);
  // The answerer and the region terms have restored their structures from the build-time state: drop it (≈ 6 MB of heap otherwise kept for nothing).
  knowledge.prepared = undefined;

  // Secrets left unset are generated once and kept in Redis (SET NX) so restarts and replicas agree.
  const secretOptions = { store: stores.redis as SecretKeyValueStore | undefined, keyPrefix: config.redisKeyPrefix, logger };
  const directLineSecret = (await resolveSigningSecret('DIRECTLINE_SECRET', config.directLineSecret, secretOptions)).value;
  const staffSessionSecret = (await resolveSigningSecret('STAFF_SESSION_SECRET', config.staffSessionSecret, secretOptions)).value;
  const dataExportSecret = (await resolveSigningSecret('DATA_EXPORT_SECRET', config.dataExportSecret, secretOptions)).value;
  const limits = createRateLimits(config.rateLimits, { redis: stores.redis, keyPrefix: `${config.redisKeyPrefix}ratelimit:` });
  const chatLimit = chatRateLimit({ limit: limits.user, storage: stores.storage, i18n, logger });

  const conversationState = new LeanConversationState(stores.storage);
  const userState = new LeanUserState(stores.storage);
  let bot: KakehashiBot | undefined;
  const cloudAdapter = createCloudAdapter(config.botFrameworkAuth, logger);
  const escalation = createEscalation({
    config, storage: stores.storage, directory: offices, i18n, logger, cloudAdapter, regionResolver, answerer, ...(overrides.escalation ? { overrides: overrides.escalation } : {}),
  });
  const inFlight = new InFlightTurns();
  const runTurn = (context: TurnContext) => inFlight.track(() => bot!.run(context));
  const onTurnError = createTurnErrorHandler({ i18n, logger, clearConversation: (context) => bot!.clearConversation(context) });

  cloudAdapter.onTurnError = onTurnError;
  cloudAdapter.use(chatLimit);
  const directLine = await createDirectLineChannel({
    storage: stores.storage, turnLock: stores.turnLock, logger, secret: directLineSecret,
    tokenTtlSeconds: config.directLineTokenTtlSeconds, onTurnError, runTurn, publicBaseUrl: config.publicBaseUrl,
    redis: stores.redis, redisKeyPrefix: config.redisKeyPrefix, streamKeepAliveMs: config.directLineStreamKeepAliveSeconds * 1000,
  });

  directLine.adapter.use(chatLimit);
  const dataExport = new DataExport({
    tokens: new ExportTokens({ secret: dataExportSecret, ttlSeconds: config.dataExportTtlSeconds }),
    exporter: new UserDataExporter({ storage: stores.storage, directLineLog: { channelId: DIRECT_LINE_CHANNEL_ID, get: (id) => directLine.store.get(id) } }),
    logger,
    publicBaseUrl: config.publicBaseUrl,
    selfHostedChannels: [DIRECT_LINE_CHANNEL_ID],
  });

  const plans = openPlans({
    plansDir: path.join(config.knowledgeDir, 'plans'), knowledge: knowledge.knowledge, knownRegions: catalog.regions.map((region) => region.id),
    languagesByRegion: requiredLanguagesByRegion(catalog),
    storage: stores.storage, messengers: escalation.messengers, i18n, logger, secret: config.directLineSecret ?? randomBytes(32).toString('hex'), publicBaseUrl: config.publicBaseUrl,
    ...(overrides.plans?.clock ? { clock: overrides.plans.clock } : {}),
  });
  escalation.dialog.attachPlan = (context: TurnContext) => {
    const services = turnServices(context);
    return plans.planner.casePlan(services.profile, services.t, services.language);
  };
  const rootDialog = new RootDialog({
    answerer,
    regionResolver,
    officeRegionOf: (text, scope) => officeNames.in(text, scope)?.servesRegion,
    escalationDialog: escalation.dialog,
    contactEntries: new Set(offices.offices.filter((office) => office.takesCases !== false && office.publicRouteEntry).map((office) => office.publicRouteEntry!)),
    plans: { planner: plans.planner, dialog: new PlanDialog({ planner: plans.planner, regionResolver }) },
    eraseUserData: (context) => bot!.eraseUserData(context),
    exportUserData: (context) => sendReply(context, dataExport.replyFor(context, turnServices(context).t)),
    partnershipNames: (context, language) => {
      // `askRegions` is set only while nothing told the partnership: then every partnership (or the entry point's) is named.
      const told = turnServices(context).partnership;
      const known = told && !told.askRegions ? catalog.partnerships.find((partnership) => partnership.id === told.id) : undefined;
      return known ? known.name[language] ?? known.name.en ?? known.id : partnerships.welcomeName(context.activity.channelId, context.activity.channelData, language);
    },
  });
  bot = new KakehashiBot({
    conversationState,
    storage: stores.storage,
    userState,
    rootDialog,
    i18n,
    turnLock: stores.turnLock,
    answerer,
    logger,
    regionOf: (text, scope) => regionResolver.regionOf(text, scope),
    partnershipName: (language) => catalog.partnerships.map((p) => p.name[language] ?? p.name.en).join(' / '),
    partnerships,
    escalation: {
      gate: escalation.gate,
      dialog: escalation.dialog,
      // "the one in Düsseldorf please" answers the office choice; another question lets it lapse.
      abandoned: (dc) => consentAbandoned(dc, (text) => regionResolver.regionOf(text, turnServices(dc.context).partnership?.regions) !== undefined),
    },
    alsoErase: [
      async (channelId, userId) => {
        await escalation.service.eraseUser(channelId, userId);
      },
      async (channelId, userId) => {
        await plans.reminders.cancel(channelId, userId);
      },
      async (channelId, _userId, conversationIds) => {
        if (channelId === DIRECT_LINE_CHANNEL_ID) await directLine.store.delete(conversationIds);
      },
      (channelId, userId) => insights.eraseUser(channelId, userId),
    ],
  });

  // Loaded only when configured: @line/bot-sdk costs ≈ 0.1 s of start time.
  const line = config.line
    ? (await import('./channels/line/lineChannel')).createLineChannel({
        // The once-store uses SET NX / DEL only, which a cluster client runs as well.
        config: config.line, storage: stores.storage, redis: stores.redis as RedisClientType | undefined, redisKeyPrefix: config.redisKeyPrefix, i18n, logger,
        bot, track: (work) => inFlight.track(work), onTurnError, expectSlowAnswers: config.llm !== undefined,
        bodyLimitBytes: config.bodyLimitBytes,
      })
    : undefined;
  line?.adapter.use(chatLimit);
  if (!line) logger.info('LINE is off (set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN to enable POST /webhooks/line)');
  void line?.resumePending();
  insights.start();
  escalation.messengers.register([DIRECT_LINE_CHANNEL_ID], new AdapterMessenger(directLine.adapter));
  if (line) escalation.messengers.register([LINE_CHANNEL_ID], new AdapterMessenger(line.adapter));
  escalation.start();
  plans.reminders.start(overrides.plans?.reminderIntervalMs ?? 60_000);
  const caseService = overrides.caseService ?? escalation.service;

  if (config.webChatDirectLineDomain && !config.directLineAzure) {
    logger.warn('WEBCHAT_DIRECTLINE_DOMAIN is set without DIRECTLINE_AZURE_SECRET: the page cannot get tokens for that Direct Line');
  }
  const app = createHttpApp({
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    readiness: stores.readiness,
    unparsedPaths: [LINE_WEBHOOK_PATH],
    routers: [
      storeGateRouter(stores.availability),
      httpRateLimitRouter(limits, logger),
      botFrameworkRouter(cloudAdapter, runTurn, { requireAuthorization: config.botFrameworkAuth !== undefined }),
      directLine.router,
      ...(config.directLineAzure ? [azureDirectLineTokenRouter({ ...config.directLineAzure, logger })] : []),
      webChatPageRouter({
        i18n, directLineDomain: config.webChatDirectLineDomain,
        // Pointed elsewhere (Azure), the page needs that service's tokens: this server exchanges its secret for one.
        tokenUrl: config.webChatDirectLineDomain && config.directLineAzure ? WEBCHAT_TOKEN_PATH : undefined,
      }),
      ...(line ? [line.router] : []),
      dataExport.router(),
      staffRouterFromConfig({ ...config, staffSessionSecret }, {
        caseService, offices: offices.offices, regions: catalog.regions, i18n, logger,
        insights: { store: insightsStore, retentionDays: config.insightsRetentionDays },
      }),
      ...(plans.router ? [plans.router] : []),
    ],
    upgrades: [(req, socket, head) => directLine.streams.handleUpgrade(req, socket, head)],
  });

  // Turn responses are never revalidated: hashing every JSON body for an ETag only costs CPU (static files keep theirs).
  app.set('etag', false);

  return {
    app,
    bot,
    storage: stores.storage,
    logger,
    inFlight,
    escalation,
    insights,
    plans,
    closeStreams: () => directLine.close(),
    async close() {
      await directLine.close();
      await insights.close();
      await plans.reminders.stop();
      await escalation.stop();
      line?.queue.close();
      await stores.close();
    },
  };
}

/** Stops accepting, lets in-flight turns finish (up to `graceMs`), then closes stores. */
export async function shutdown(server: Server, kakehashi: Kakehashi, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await kakehashi.inFlight.drain(graceMs);
  await kakehashi.closeStreams();
  // Let the responses of the last turns flush before cutting connections that are still open.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
  clearTimeout(timer);
  server.closeAllConnections();
  await closed;
  await kakehashi.close();
}
