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
      messages: {},
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
    ['a look-alike with a non-string code', { name: 'RulesError', code: 1, messages: {} }],
  ])('rejects %s', (_label, value) => {
    expect(isRulesError(value)).toBe(false);
  });
});
