/**
 * "Export my data": the command's reply (a signed link valid for a short time, as a card so every channel shows
 * it: Teams hero card, Web Chat, LINE Flex, plain text elsewhere) and `GET /data-export/<token>`, which gathers
 * the data when the link is opened and returns it as a JSON file.
 */
import { Router } from 'express';
import type { TurnContext } from 'botbuilder';
import { HttpError } from '../http/httpError';
import type { Logger } from '../logging/logger';
import type { Reply } from '../replies/reply';
import type { TFunction } from 'i18next';
import type { ExportTokens } from './exportTokens';
import type { UserDataExporter } from './userDataExport';

export const DATA_EXPORT_PATH = '/data-export';

export interface DataExportDeps {
  tokens: ExportTokens;
  exporter: UserDataExporter;
  logger: Logger;
  /** `PUBLIC_BASE_URL`: makes the link absolute (needed on LINE and Teams); unset = this service's own origin when known. */
  publicBaseUrl?: string | undefined;
  /** Channels whose `serviceUrl` is this service (Direct Line), so it can stand in for `publicBaseUrl`. */
  selfHostedChannels?: string[];
}

export class DataExport {
  constructor(private readonly deps: DataExportDeps) {
    for (const name of ['tokens', 'exporter', 'logger'] as const) if (!deps?.[name]) throw new Error(`DataExport needs ${name}`);
  }

  /**
   * The reply to "export my data" for the user of this turn.
   * @example
   * await sendReply(context, dataExport.replyFor(context, t));
   */
  replyFor(context: TurnContext, t: TFunction): Reply {
    const { channelId, from, conversation, serviceUrl } = context.activity;
    const token = this.deps.tokens.issue({ channelId, userId: from.id, conversationId: conversation.id });
    const base = this.deps.publicBaseUrl ?? (this.deps.selfHostedChannels?.includes(channelId) && serviceUrl ? serviceUrl.replace(/\/+$/, '') : '');
    const url = `${base}${DATA_EXPORT_PATH}/${token}`;
    if (!base) this.deps.logger.warn({ channelId }, 'data export link is relative: set PUBLIC_BASE_URL so that it opens on LINE and Teams');
    this.deps.logger.info({ channelId, ttlSeconds: this.deps.tokens.ttlSeconds }, 'data export link issued');
    return {
      text: t('privacy.exportReady', { minutes: Math.max(1, Math.ceil(this.deps.tokens.ttlSeconds / 60)) }),
      cards: [{ title: t('privacy.exportTitle'), links: [{ title: t('privacy.exportLink'), url }] }],
    };
  }

  /** `GET /data-export/<token>`: 200 with the JSON file; 404 for a link that is not ours; 410 once it expired. */
  router(): Router {
    const router = Router();
    router.get(`${DATA_EXPORT_PATH}/:token`, async (req, res, next) => {
      const check = this.deps.tokens.check(String(req.params.token ?? ''));
      if (!check.ok) {
        next(check.reason === 'expired' ? new HttpError(410, 'this data export link has expired; ask the bot again') : new HttpError(404, 'unknown data export link'));
        return;
      }
      try {
        const { channelId, userId, conversationId } = check.grant;
        const data = await this.deps.exporter.collect(channelId, userId, [conversationId]);
        res.set({
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="kakehashi-data-${data.exportedAt.slice(0, 10)}.json"`,
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
        });
        res.status(200).send(JSON.stringify(data, null, 2));
        this.deps.logger.info({ channelId, conversations: data.conversations.length, cases: data.cases.length }, 'data export downloaded');
      } catch (error) {
        next(error);
      }
    });
    return router;
  }
}
