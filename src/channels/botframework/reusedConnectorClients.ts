/**
 * botbuilder's CloudAdapter builds a new ConnectorClient and UserTokenClient (each with its own HTTP pipeline) for
 * every incoming activity, even when the reply goes back in the HTTP response (`expectReplies`). This wraps its
 * BotFrameworkAuthentication so that the clients are built once per bot app id, service URL and audience and then
 * reused, as botbuilder's older BotFrameworkAdapter did. Authentication of each request is unchanged.
 */
import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Authentication = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Authentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/** Distinct bot app id × service URL × audience combinations kept (a deployment has a handful). */
const MAX_CLIENTS = 64;

/** The bot's app id as botframework-connector reads it from the request's claims (audience, else appid claim). */
function appIdOf(claims: ClaimsIdentity): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/** Promises of clients by key; a failed creation is forgotten so that the next request tries again. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (!client) {
      if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
      client = create();
      this.clients.set(key, client);
      client.catch(() => this.clients.delete(key));
    }
    return client;
  }
}

/**
 * @param inner - The authentication the adapter would use otherwise; every other method is its own.
 * @example
 * new CloudAdapter(reusingConnectorClients(new ConfigurationBotFrameworkAuthentication({}, credentials)));
 */
export function reusingConnectorClients(inner: Authentication): Authentication {
  const connectors = new ClientCache<ConnectorClient>();
  const tokenClients = new ClientCache<UserTokenClient>();
  const reusing = (factory: ConnectorFactory, appId: string): ConnectorFactory =>
    Object.assign(Object.create(factory) as ConnectorFactory, {
      create: (serviceUrl: string, audience?: string) => connectors.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    });
  return Object.assign(Object.create(inner) as Authentication, {
    async authenticateRequest(...args: Parameters<Authentication['authenticateRequest']>) {
      const result = await inner.authenticateRequest(...args);
      return result.connectorFactory ? { ...result, connectorFactory: reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) } : result;
    },
    createConnectorFactory(claims: ClaimsIdentity) {
      return reusing(inner.createConnectorFactory(claims), appIdOf(claims));
    },
    createUserTokenClient(claims: ClaimsIdentity) {
      return tokenClients.get(appIdOf(claims), () => inner.createUserTokenClient(claims));
    },
  });
}
