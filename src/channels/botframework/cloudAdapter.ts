/**
 * The Bot Framework endpoint's adapter (Teams, Emulator, Azure Bot Service channels).
 * With no MicrosoftApp* settings authentication is off, as with the Bot Framework Emulator.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { BotFrameworkAuthConfig } from '../../config';
import type { Logger } from '../../logging/logger';
import { renderingMiddleware } from './renderingMiddleware';
import { reusingConnectorClients } from './reusedConnectorClients';

export function createCloudAdapter(auth: BotFrameworkAuthConfig | undefined, logger: Logger): CloudAdapter {
  if (!auth) logger.warn('Bot Framework authentication is OFF (no MicrosoftAppId): fine for local use and the Emulator, never for a public endpoint');
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: auth?.appId ?? '',
    MicrosoftAppPassword: auth?.appPassword ?? '',
    MicrosoftAppType: auth?.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: auth?.tenantId ?? '',
  });
  const adapter = new CloudAdapter(reusingConnectorClients(new ConfigurationBotFrameworkAuthentication({}, credentials)));
  adapter.use(renderingMiddleware);
  return adapter;
}
