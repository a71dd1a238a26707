import { describe, expect, it } from 'vitest';
import { checkConsortium, readBusinessNumber } from 'regional-innovation-rnd/consortium';

describe('checkConsortium: input it cannot use', () => {
  it('gives one INPUT_INVALID issue and no warning for a consortium that cannot be read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkConsortium(proxy)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'INPUT_INVALID', path: [] })],
      warnings: [],
    });
  });
});

describe('readBusinessNumber', () => {
  it('refuses anything but a string as a bad format', () => {
    for (const input of [1208147521, null, undefined, ['120-81-47521'], { digits: '1208147521' }]) {
      expect(readBusinessNumber(input as never)).toEqual({ problem: 'format' });
    }
  });
});
