import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logger. User text and secrets are redacted at every level except debug/trace,
 * where a developer reproducing a problem on their own machine needs them.
 * @example
 * const log = createLogger('info');
 * log.info({ conversationId }, 'turn handled');
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const verbose = level === 'debug' || level === 'trace';
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'kakehashi' },
    redact: verbose
      ? ['authorization', '*.authorization', 'token', '*.token']
      : {
          paths: [
            'text', '*.text', 'activity.text', 'activity.value', 'body', '*.body',
            'token', '*.token', 'authorization', '*.authorization', 'headers.authorization',
            'password', '*.password', 'secret', '*.secret',
          ],
          censor: '[redacted]',
        },
  };
  return destination ? pino(options, destination) : pino(options);
}
