/** The one HTTP error type: a status and a reason the client may read. Anything else becomes a plain 500. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly status: number, readonly reason: string, readonly details?: Record<string, unknown>) {
    super(reason);
  }
}
