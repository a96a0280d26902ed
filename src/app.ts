/**
 * The composition root: config → stores → i18n and knowledge → bot and dialogs → adapters → HTTP app.
 * `src/index.ts` runs it; tests build it in-process with their own config.
 */
import path from 'node:path';
import type { Server } from 'node:http';
import { ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';
import type { RedisClientType } from 'redis';
import { createStores } from './state/stores';
import { storeGateRouter } from './http/storeGate';
import type { AppConfig } from './config';
import { createLogger, type Logger } from './logging/logger';
import { createI18n } from './i18n/i18n';
import { loadPartnerships } from './partnerships/partnerships';
import { loadOffices } from './escalation/offices';
import { RegionResolver } from './conversation/regionResolver';
import { KakehashiBot } from './conversation/kakehashiBot';
import { createTurnErrorHandler } from './conversation/turnErrorHandler';
import { openKnowledge } from './knowledge/knowledgeService';
import type { LlmAnswerer } from './knowledge/llmAnswerer';
import { KnowledgeAnswerer } from './answers/knowledgeAnswerer';
import type { Answerer } from './conversation/answering';
import { RootDialog } from '../dialogs/rootDialog';
import { createEscalation, type Escalation, type EscalationOverrides } from './escalation/escalationSetup';
import { AdapterMessenger } from './escalation/userMessenger';
import { CASE_KEY_PREFIX } from './escalation/caseStore';
import { DIRECT_LINE_CHANNEL_ID } from './channels/directline/directLineAdapter';
import { LINE_CHANNEL_ID } from './channels/line/lineEvents';
import { createCloudAdapter } from './channels/botframework/cloudAdapter';
import { botFrameworkRouter } from './channels/botframework/botFrameworkRoute';
import { createDirectLineChannel } from './channels/directline/directLineChannel';
import { webChatPageRouter } from './channels/webchat/webChatPage';
import { createHttpApp } from './http/server';
import { InFlightTurns } from './http/inFlightTurns';
import { staffRouterFromConfig } from './escalation/staff/staffRouter';
import type { CaseService } from './escalation/caseTypes';

export interface Kakehashi {
  app: ReturnType<typeof createHttpApp>;
  bot: KakehashiBot;
  storage: Storage;
  logger: Logger;
  inFlight: InFlightTurns;
  /** Cases, notifications and relay to users (issue 5). */
  escalation: Escalation;
  /** Closes connections; call after the HTTP server stopped accepting and in-flight turns finished. */
  close(): Promise<void>;
}

export interface KakehashiOverrides {
  logger?: Logger;
  answerer?: Answerer;
  /** Replaces the escalation service behind the staff console and API (`/staff`), e.g. an in-memory one in tests. */
  caseService?: CaseService;
  /** Notification targets, clock, translator and retry timing for the escalation side (tests). */
  escalation?: EscalationOverrides;
}

/** Escalation cases outlive conversation state; their retention is the case service's sweep (`CASE_RETENTION_DAYS`). */
const CASES_NEVER_EXPIRE = [{ pattern: new RegExp(`^${CASE_KEY_PREFIX}`), ttlSeconds: null }];

/**
 * @example
 * const kakehashi = await createKakehashi(loadConfig());
 * kakehashi.app.listen(3978);
 */
export async function createKakehashi(config: AppConfig, overrides: KakehashiOverrides = {}): Promise<Kakehashi> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const stores = await createStores(config, logger, CASES_NEVER_EXPIRE);
  const i18n = await createI18n(config.localesDir);
  const catalog = loadPartnerships(path.join(config.knowledgeDir, 'partnerships.json'));
  const offices = loadOffices(path.join(config.knowledgeDir, 'offices.json'));
  const regionResolver = new RegionResolver(catalog);
  const knowledge = openKnowledge({
    knowledgeDir: config.knowledgeDir, knownRegions: catalog.regions.map((region) => region.id), snapshotFile: config.indexSnapshotFile,
  });
  logger.info({ entries: knowledge.knowledge.entries.length, llm: Boolean(config.llm) }, 'knowledge loaded');
  // Loaded only when configured: langchain and @langchain/openai cost ≈ 0.4 s of start time.
  const llm: LlmAnswerer | undefined = config.llm
    ? new (await import('./knowledge/llmAnswerer')).LlmAnswerer({ apiKey: config.llm.apiKey, baseURL: config.llm.baseUrl, model: config.llm.model, timeoutMs: config.llm.timeoutMs }, (reason) =>
        logger.warn({ reason }, 'LLM answer unusable: curated answer sent'),
      )
    : undefined;
  const answerer = overrides.answerer ?? new KnowledgeAnswerer({ knowledge, regions: catalog.regions, logger, llm });

  const conversationState = new ConversationState(stores.storage);
  const userState = new UserState(stores.storage);
  let bot: KakehashiBot | undefined;
  const cloudAdapter = createCloudAdapter(config.botFrameworkAuth, logger);
  const escalation = createEscalation({
    config, storage: stores.storage, directory: offices, i18n, logger, cloudAdapter, regionResolver, answerer, ...(overrides.escalation ? { overrides: overrides.escalation } : {}),
  });
  const inFlight = new InFlightTurns();
  const runTurn = (context: TurnContext) => inFlight.track(() => bot!.run(context));
  const onTurnError = createTurnErrorHandler({ i18n, logger, clearConversation: (context) => bot!.clearConversation(context) });

  cloudAdapter.onTurnError = onTurnError;
  const directLine = createDirectLineChannel({
    storage: stores.storage, turnLock: stores.turnLock, logger, secret: config.directLineSecret,
    tokenTtlSeconds: config.directLineTokenTtlSeconds, onTurnError, runTurn, publicBaseUrl: config.publicBaseUrl,
  });

  const rootDialog = new RootDialog({
    answerer,
    regionResolver,
    escalationDialog: escalation.dialog,
    eraseUserData: (context) => bot!.eraseUserData(context),
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
    partnershipName: (language) => catalog.partnerships.map((p) => p.name[language] ?? p.name.en).join(' / '),
    escalation: { gate: escalation.gate, dialog: escalation.dialog },
    alsoErase: [
      async (channelId, userId) => {
        await escalation.service.eraseUser(channelId, userId);
      },
      async (channelId, _userId, conversationIds) => {
        if (channelId === DIRECT_LINE_CHANNEL_ID) await directLine.store.delete(conversationIds);
      },
    ],
  });

  // Loaded only when configured: @line/bot-sdk costs ≈ 0.1 s of start time.
  const line = config.line
    ? (await import('./channels/line/lineChannel')).createLineChannel({
        // The once-store uses SET NX / DEL only, which a cluster client runs as well.
        config: config.line, storage: stores.storage, redis: stores.redis as RedisClientType | undefined, redisKeyPrefix: config.redisKeyPrefix, i18n, logger,
        bot, track: (work) => inFlight.track(work), onTurnError, expectSlowAnswers: config.llm !== undefined,
      })
    : undefined;
  if (!line) logger.info('LINE is off (set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN to enable POST /webhooks/line)');
  void line?.resumePending();
  escalation.messengers.register([DIRECT_LINE_CHANNEL_ID], new AdapterMessenger(directLine.adapter));
  if (line) escalation.messengers.register([LINE_CHANNEL_ID], new AdapterMessenger(line.adapter));
  escalation.start();
  const caseService = overrides.caseService ?? escalation.service;

  const app = createHttpApp({
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    readiness: stores.readiness,
    routers: [
      storeGateRouter(stores.availability),
      botFrameworkRouter(cloudAdapter, runTurn),
      directLine.router,
      webChatPageRouter({ i18n, directLineDomain: config.webChatDirectLineDomain }),
      ...(line ? [line.router] : []),
      staffRouterFromConfig(config, { caseService, offices: offices.offices, regions: catalog.regions, i18n, logger }),
    ],
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
    async close() {
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
  // Let the responses of the last turns flush before cutting connections that are still open.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
  clearTimeout(timer);
  server.closeAllConnections();
  await closed;
  await kakehashi.close();
}
