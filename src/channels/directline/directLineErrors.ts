/** Typed errors of the Direct Line channel; the router maps them to HTTP statuses, nothing else reads their text. */

/** Why a bearer token was refused: `missing`/`malformed`/`forged` → 401, `expired`/`wrong-conversation` → 403. */
export type TokenRefusal = 'missing' | 'malformed' | 'forged' | 'expired' | 'wrong-conversation';

export class DirectLineTokenError extends Error {
  override readonly name = 'DirectLineTokenError';
  constructor(readonly refusal: TokenRefusal, readonly conversationId?: string) {
    super(`Direct Line token refused: ${refusal}`);
  }
}

/** The conversation is not in the store: never started, or expired with the store's TTL. */
export class DirectLineConversationNotFoundError extends Error {
  override readonly name = 'DirectLineConversationNotFoundError';
  constructor(readonly conversationId: string) {
    super(`Direct Line conversation "${conversationId}" not found`);
  }
}

/** Appending kept losing the eTag race; only under extreme contention on one conversation. */
export class DirectLineStoreConflictError extends Error {
  override readonly name = 'DirectLineStoreConflictError';
  constructor(readonly conversationId: string, readonly attempts: number) {
    super(`Direct Line conversation "${conversationId}": append lost ${attempts} eTag races`);
  }
}

/** Direct Line keeps an append-only log: posted activities cannot be edited or withdrawn. */
export class DirectLineNotSupportedError extends Error {
  override readonly name = 'DirectLineNotSupportedError';
  constructor(readonly operation: 'updateActivity' | 'deleteActivity') {
    super(`Direct Line adapter does not support ${operation}`);
  }
}
