import { describe, expect, it } from 'vitest';
import { RulesError, isRulesError } from '../../src/rules/index';

const init = {
  code: 'REGION_UNKNOWN' as const,
  params: { input: '"서을"' },
  messages: { ko: '알 수 없는 시·도', en: 'Unknown region' },
};

describe('RulesError', () => {
  it('carries code, params, path, issues and both messages', () => {
    const error = new RulesError({ ...init, path: ['lead', 'region'] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RulesError');
    expect(error.code).toBe('REGION_UNKNOWN');
    expect(error.params).toEqual({ input: '"서을"' });
    expect(error.path).toEqual(['lead', 'region']);
    expect(error.issues).toEqual([]);
    expect(error.messages).toEqual(init.messages);
    expect(error.message).toContain('REGION_UNKNOWN');
    expect(error.message).toContain(init.messages.en);
    expect(error.message).toContain(init.messages.ko);
  });

  it('defaults path and issues to empty, frozen arrays and copies what it is given', () => {
    const path = ['a'];
    const error = new RulesError({ ...init, path });
    path.push('b');
    expect(error.path).toEqual(['a']);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(Object.isFrozen(new RulesError(init).issues)).toBe(true);
    expect(new RulesError(init).path).toEqual([]);
  });
});

describe('isRulesError', () => {
  it('recognises a RulesError, and filters by code', () => {
    const error = new RulesError(init);
    expect(isRulesError(error)).toBe(true);
    expect(isRulesError(error, 'REGION_UNKNOWN')).toBe(true);
    expect(isRulesError(error, 'MONEY_INVALID')).toBe(false);
  });

  it('recognises a RulesError from another copy of the library by its shape', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'RulesError',
      code: 'MONEY_INVALID',
      messages: { ko: '금액이 아닙니다.', en: 'Not an amount.' },
    });
    expect(isRulesError(foreign)).toBe(true);
    expect(isRulesError(foreign, 'MONEY_INVALID')).toBe(true);
    expect(isRulesError(foreign, 'REGION_UNKNOWN')).toBe(false);
  });

  it.each([
    ['a plain Error', new Error('x')],
    ['null', null],
    ['a string', 'RulesError'],
    ['a look-alike without messages', { name: 'RulesError', code: 'MONEY_INVALID' }],
    ['a look-alike with empty messages', { name: 'RulesError', code: 'MONEY_INVALID', messages: {} }],
    ['a look-alike with null messages', { name: 'RulesError', code: 'MONEY_INVALID', messages: null }],
    [
      'a look-alike with an English message only',
      { name: 'RulesError', code: 'MONEY_INVALID', messages: { en: 'x' } },
    ],
    [
      'a revoked proxy',
      (() => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      })(),
    ],
    [
      'an object whose name getter throws',
      Object.defineProperty({}, 'name', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    ['a look-alike with a non-string code', { name: 'RulesError', code: 1, messages: {} }],
  ])('rejects %s', (_label, value) => {
    expect(isRulesError(value)).toBe(false);
  });
});

describe('isRulesError on what is not one', () => {
  it('says no, without throwing, for undefined, null and primitives', () => {
    for (const value of [undefined, null, 0, 'RulesError', Symbol('RulesError')]) {
      expect(isRulesError(value)).toBe(false);
    }
  });

  it('says no to an object with a code and messages but not named RulesError', () => {
    const messages = { ko: '', en: '' };
    expect(isRulesError({ code: 'REGION_UNKNOWN', messages })).toBe(false);
    expect(isRulesError({ name: 'Error', code: 'REGION_UNKNOWN', messages })).toBe(false);
    expect(isRulesError({ name: 'RulesError', code: 'REGION_UNKNOWN', messages })).toBe(true);
  });
});

describe('new RulesError', () => {
  const valid = {
    code: 'REGION_UNKNOWN',
    params: { input: '"서을"' },
    messages: { ko: '가', en: 'a' },
  } as const;

  it('copies and freezes path and issues, so the caller’s arrays can change afterwards', () => {
    const path: (string | number)[] = ['lead', 'region'];
    const error = new RulesError({ ...valid, path });
    path.push(3);
    expect(error.path).toEqual(['lead', 'region']);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(Object.isFrozen(error.messages)).toBe(true);
  });

  it.each([
    ['a code that is not SCREAMING_SNAKE', { ...valid, code: 'region-unknown' }],
    ['params that are not an object', { ...valid, params: null }],
    ['messages without Korean', { ...valid, messages: { en: 'a' } }],
    ['a path of 2^32 − 1 keys', { ...valid, path: new Array(2 ** 32 - 1) }],
    ['a path with a hole', { ...valid, path: Object.assign(new Array<string>(2), { 1: 'x' }) }],
    ['a path with an object in it', { ...valid, path: [{}] }],
    ['issues that are not a list', { ...valid, issues: 'many' }],
    [
      'an init that cannot be read',
      Object.defineProperty({}, 'code', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    ['no init', undefined],
  ])('refuses %s with OPTIONS_INVALID at once', (_label, init) => {
    let caught: unknown;
    try {
      new RulesError(init as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RulesError);
    expect((caught as RulesError).code).toBe('OPTIONS_INVALID');
    expect((caught as RulesError).params).toMatchObject({ option: 'init' });
  });
});
