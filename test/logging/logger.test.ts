import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger';

function capture(level: string) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

describe('logs', () => {
  it('redact user text, tokens and secrets at info level', () => {
    const { logger, lines } = capture('info');
    logger.info({ text: 'Mein Kind ist krank', activity: { text: 'private question' }, token: 'eyJhbGciOi', headers: { authorization: 'Bearer abc' }, conversationId: 'c-1' }, 'turn');
    const output = lines.join('');
    expect(output).not.toMatch(/Mein Kind|private question|eyJhbGciOi|Bearer abc/);
    expect(output).toContain('[redacted]');
    expect(output).toContain('"conversationId":"c-1"');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'turn', service: 'kakehashi' });
  });

  it('keep user text at debug level, for reproducing a problem locally', () => {
    const { logger, lines } = capture('debug');
    logger.debug({ text: 'Mein Kind ist krank', token: 'eyJhbGciOi' }, 'turn');
    expect(lines.join('')).toContain('Mein Kind ist krank');
    expect(lines.join('')).not.toContain('eyJhbGciOi');
  });
});
