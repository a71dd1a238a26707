import { describe, expect, it } from 'vitest';
import { describeInput } from '../../src/rules/index';

describe('describeInput', () => {
  it.each([
    ['7억원', '"7억원"'],
    [12, '12'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [10n, '10n'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [Symbol('s'), 'Symbol(s)'],
    [[1, 2, 3], '[array(3)]'],
    [{ a: 1 }, '[object Object]'],
    [Object.create(null) as object, '[object Object]'],
    [() => 1, '[function]'],
    [new Date('2025-03-04T09:00:00.000Z'), '2025-03-04T09:00:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
    [new Map(), '[object Map]'],
  ])('renders %o as %s', (input, expected) => {
    expect(describeInput(input)).toBe(expected);
  });

  it('prints a value whose class has its own toString', () => {
    class Amount {
      toString(): string {
        return '1234';
      }
    }
    expect(describeInput(new Amount())).toBe('1234');
  });

  it('cuts long renderings to 80 characters and an ellipsis', () => {
    const out = describeInput('가'.repeat(1_000_000));
    expect(out).toHaveLength(81);
    expect(out.endsWith('…')).toBe(true);
    expect(describeInput('a'.repeat(78))).toHaveLength(80);
  });

  it('never throws, even on hostile objects', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    class Throws {
      toString(): string {
        throw new Error('boom');
      }
    }
    expect(describeInput(cyclic)).toBe('[object Object]');
    expect(describeInput(hostile)).toBe('[unprintable]');
    expect(describeInput(proxy)).toBe('[unprintable]');
    expect(describeInput(new Throws())).toBe('[unprintable]');
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
