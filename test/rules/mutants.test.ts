import { describe, expect, it } from 'vitest';
import { deepFreeze, describeInput, isRulesError, ruleRef } from 'regional-innovation-rnd/rules';
import { regionUnknownError } from 'regional-innovation-rnd/locales';

describe('deepFreeze', () => {
  it('freezes functions and what hangs off them', () => {
    const handler = Object.assign(() => undefined, { limits: { max: 1 } });
    const frozen = deepFreeze({ handler });
    expect(Object.isFrozen(frozen.handler)).toBe(true);
    expect(Object.isFrozen(frozen.handler.limits)).toBe(true);
  });

  it('walks past null values', () => {
    const table = { empty: null, rows: [null, { cap: 1 }] };
    expect(deepFreeze(table)).toBe(table);
    expect(Object.isFrozen(table.rows[1])).toBe(true);
  });
});

describe('isRulesError', () => {
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

  it('says yes to a RulesError, of its code only when a code is asked for', () => {
    const error = regionUnknownError('서을');
    expect(isRulesError(error)).toBe(true);
    expect(isRulesError(error, 'REGION_UNKNOWN')).toBe(true);
    expect(isRulesError(error, 'EDITION_UNKNOWN')).toBe(false);
  });
});

describe('describeInput: objects', () => {
  it('never prints the contents of a plain object, even through its own toString', () => {
    expect(describeInput({ toString: () => 'secret' })).toBe('[object Object]');
  });

  it('prints the tag, not a toString that only looks like a tag', () => {
    class Disguised {
      toString(): string {
        return '[object Secret]';
      }
    }
    expect(describeInput(new Disguised())).toBe('[object Object]');
  });
});

describe('ruleRef', () => {
  it('gives a rule without evidence no sources, confirmed', () => {
    expect(ruleRef('consortium.unique')).toEqual({
      id: 'consortium.unique',
      sources: [],
      confidence: 'confirmed',
    });
  });
});
