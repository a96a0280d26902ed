import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs with embedded defaults and no external account', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, redisUrl: undefined, botFrameworkAuth: undefined, line: undefined, llm: undefined, bodyLimitBytes: 262144 });
  });

  it.each([
    [{ PORT: '99999' }, 'PORT'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ LINE_CHANNEL_SECRET: 'secret' }, 'LINE_CHANNEL_ACCESS_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DIRECTLINE_SECRET: 'short' }, 'DIRECTLINE_SECRET'],
    [{ DATA_EXPORT_SECRET: 'short' }, 'DATA_EXPORT_SECRET'],
  ])('%o fails naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });

  it('reads LINE and the optional LLM', () => {
    const config = loadConfig({ LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't', LINE_API_BASE_URL: 'http://127.0.0.1:9999/', OPENAI_API_KEY: 'k' });
    expect(config.line).toMatchObject({ apiBaseUrl: 'http://127.0.0.1:9999', dataApiBaseUrl: 'http://127.0.0.1:9999' });
    expect(config.llm).toMatchObject({ apiKey: 'k', timeoutMs: 8000 });
  });
});
