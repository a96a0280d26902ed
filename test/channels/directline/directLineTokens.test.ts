/** Direct Line tokens: a fixed vector, and each refusal with its reason. */
import { describe, expect, it } from 'vitest';
import { DirectLineTokens } from '../../../src/channels/directline/directLineTokens';
import { DirectLineTokenError } from '../../../src/channels/directline/directLineErrors';

const SECRET = 'fixed-test-secret-0123456789abcdef0123';
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DirectLineTokenError) return error.refusal;
    throw error;
  }
  return undefined;
}

describe('DirectLineTokens', () => {
  const tokens = new DirectLineTokens({ secret: SECRET, ttlSeconds: 1800, now: () => NOW });

  it('signs a fixed payload to a fixed token', () => {
    const { token, expiresIn } = tokens.issue({ conversationId: 'conv1', userId: 'dl_user1' });
    expect(expiresIn).toBe(1800);
    // base64url({"cid":"conv1","uid":"dl_user1","exp":1795523400}) + '.' + base64url(HMAC-SHA256(SECRET, that))
    expect(token).toBe('eyJjaWQiOiJjb252MSIsInVpZCI6ImRsX3VzZXIxIiwiZXhwIjoxNzk1NTIzNDAwfQ.IMxdQ8b3rIUZhmDOtBG7xP8dwYRgDXs_RQqXOKhW2Ag');
    expect(tokens.verify(`Bearer ${token}`, 'conv1')).toEqual({ conversationId: 'conv1', userId: 'dl_user1', expiresAt: NOW / 1000 + 1800 });
  });

  it('names why a token is refused', () => {
    const { token } = tokens.issue({ conversationId: 'conv1', userId: 'dl_user1' });
    const later = new DirectLineTokens({ secret: SECRET, ttlSeconds: 1800, now: () => NOW + 1800_000 });
    const otherSecret = new DirectLineTokens({ secret: `${SECRET}x`, ttlSeconds: 1800, now: () => NOW });
    expect(refusal(() => tokens.verify(undefined))).toBe('missing');
    expect(refusal(() => tokens.verify(`Basic ${token}`))).toBe('missing');
    expect(refusal(() => tokens.verify('Bearer nodot'))).toBe('malformed');
    expect(refusal(() => otherSecret.verify(`Bearer ${token}`))).toBe('forged');
    expect(refusal(() => later.verify(`Bearer ${token}`))).toBe('expired');
    expect(refusal(() => tokens.verify(`Bearer ${token}`, 'conv2'))).toBe('wrong-conversation');
  });
});
