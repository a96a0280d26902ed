/** A Direct Line 3.0 client over real HTTP, as Web Chat's DirectLineJS calls the API (polling). */
export interface DirectLineActivity {
  id: string;
  type: string;
  text?: string;
  timestamp: string;
  channelId: string;
  serviceUrl: string;
  from: { id: string; name?: string; role?: string };
  recipient?: { id: string };
  conversation: { id: string };
  channelData?: Record<string, unknown>;
  suggestedActions?: { actions: { title: string; value?: unknown }[] };
  [key: string]: unknown;
}

export interface TokenResponse {
  conversationId: string;
  token: string;
  expires_in: number;
  /** From `POST conversations` and `GET conversations/{id}`: the WebSocket stream. */
  streamUrl?: string;
  /** From `POST tokens/generate` of this service: the way back to the conversation after the token expired. */
  resumeToken?: string;
}

export interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

export function directLineClient(baseUrl: string) {
  const api = `${baseUrl}/v3/directline`;
  async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<Reply<T>> {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  }
  return {
    call,
    generate: () => call<TokenResponse>('POST', '/tokens/generate'),
    refresh: (token: string) => call<TokenResponse>('POST', '/tokens/refresh', token),
    start: (token: string, locale?: string) => call<TokenResponse>('POST', '/conversations', token, locale ? { locale } : undefined),
    post: (conversationId: string, token: string, activity: unknown) =>
      call<{ id: string }>('POST', `/conversations/${conversationId}/activities`, token, activity),
    activities: (conversationId: string, token: string, watermark?: string) =>
      call<{ activities: DirectLineActivity[]; watermark?: string }>(
        'GET', `/conversations/${conversationId}/activities${watermark === undefined ? '' : `?watermark=${watermark}`}`, token,
      ),
  };
}

/** A message as Web Chat posts it: the client's own id in channelData, a from the service must not trust. */
export function webChatMessage(text: string, clientActivityID: string, locale = 'de-DE') {
  return {
    type: 'message', text, locale, textFormat: 'plain',
    from: { id: 'someone-else', name: 'Mallory', role: 'bot' },
    channelData: { clientActivityID, clientTimestamp: new Date().toISOString() },
    timestamp: '2001-01-01T00:00:00.000Z',
  };
}
