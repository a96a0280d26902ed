/** Entry point: `npm start`. Reads the config, builds the service, listens, and shuts down gracefully on SIGTERM. */
import { ConfigError, loadConfig } from './config';
import { createKakehashi, shutdown } from './app';
import { listen, ListenError } from './http/listen';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`kakehashi: invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const kakehashi = await createKakehashi(config);
  let server;
  try {
    const listening = await listen(kakehashi.app, config.port, config.host);
    server = listening.server;
    kakehashi.logger.info({ port: listening.port, host: config.host }, `kakehashi listening on http://localhost:${listening.port}/`);
  } catch (error) {
    if (!(error instanceof ListenError)) throw error;
    process.stderr.write(`kakehashi: cannot start: ${error.message}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    kakehashi.logger.info({ signal, inFlight: kakehashi.inFlight.count }, 'shutting down: finishing in-flight turns');
    shutdown(server, kakehashi).then(
      () => process.exit(0),
      (error) => {
        kakehashi.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`kakehashi: failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
