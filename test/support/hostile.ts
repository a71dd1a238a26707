// Hostile inputs for the fuzz table of the public API. Each generator yields a recipe — plain
// data, so that fast-check can print and shrink it — and `buildHostile` makes the value from it,
// fresh for every call, next to the valid value it stands in for. Whether a correct function must
// refuse the value depends on where it goes (a `Place`): a revoked proxy can never be a grant
// plan, but an options object with a key nobody reads is fine.
import fc from 'fast-check';
import { RulesError } from 'regional-innovation-rnd/rules';

/** The kinds of hostile value, each one generator of the table (and one more nested in valid input). */
export const HOSTILE_KINDS = [
  'throwing-getter',
  'revoked-proxy',
  'lying-proxy',
  'sparse-array',
  'huge-array',
  'prototype-keys',
  'date-lookalike',
  'random',
  'fixed',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** The generators of the table: every kind at the argument itself and nested in a valid argument. */
export const GENERATORS = [...HOSTILE_KINDS, ...HOSTILE_KINDS.map((kind) => `nested:${kind}` as const)];
export type Generator = (typeof GENERATORS)[number];

/**
 * The most index reads a call may make of one huge or lying array. Reading a 2^28-long array
 * element by element stops here with {@link WalkedTooFar}; a call that reads this far walks
 * arrays it should have refused by their length.
 */
export const READ_BOUND = 10_000;

/** What a counting array throws past {@link READ_BOUND} reads, so that a walk ends quickly. */
export class WalkedTooFar extends Error {
  override readonly name = 'WalkedTooFar';
}

/** Where a value goes, and so whether a correct function may take a hostile one there. */
export interface Place {
  /** The value must be what the valid one is (a plan, an amount, a region): anything opaque is refused. */
  readonly strict: boolean;
  /** Every key of the valid value is read: a throwing getter on one of them must be refused. */
  readonly keysRead: boolean;
  /** An instant goes here: a real Date (even a subclass with throwing methods) may be taken. */
  readonly date: boolean;
  /** One of a closed set of strings goes here (an edition, a region, a style): '__proto__' is refused. */
  readonly enumerated: boolean;
  /** Paths inside the valid value that take any value (a band's `value`) or are not read. */
  readonly free?: (path: readonly PropertyKey[]) => boolean;
}

export interface Built {
  readonly value: unknown;
  /** No correct function takes this where the valid value goes: it must refuse it. */
  readonly refusable: boolean;
  /** The valid value with keys added to it: the answer must be a refusal or the valid value's. */
  readonly sameAsValid: boolean;
  /** Index reads made so far of the huge and lying arrays in the value. */
  readonly reads: () => number;
}

// ---------------------------------------------------------------------------------------------
// Recipes

type Thrown = 'error' | 'type-error' | 'string' | 'undefined' | 'rules-error';
type Lie =
  | 'length-nan'
  | 'length-max'
  | 'length-negative'
  | 'length-infinity'
  | 'length-string'
  | 'own-keys-throws'
  | 'prototype-throws'
  | 'has-throws'
  | 'absent-keys-throw';
type DateForm =
  | 'get-time-object'
  | 'value-of-object'
  | 'date-prototype-object'
  | 'throwing-subclass'
  | 'invalid-date'
  | 'own-throwing-get-time'
  | 'date-in-proxy';

export type Recipe =
  | {
      readonly kind: 'throwing-getter';
      readonly on: 'valid' | 'bare';
      readonly key: number;
      readonly thrown: Thrown;
    }
  | { readonly kind: 'revoked-proxy'; readonly target: 'object' | 'array' | 'function' }
  | { readonly kind: 'lying-proxy'; readonly lie: Lie; readonly over: 'valid' | 'array' | 'object' }
  | {
      readonly kind: 'sparse-array';
      readonly shape: 'hole-in-valid' | 'only-holes' | 'hole-before-valid';
      readonly at: number;
    }
  | { readonly kind: 'huge-array'; readonly keepValid: boolean }
  | {
      readonly kind: 'prototype-keys';
      readonly form: 'own-keys' | 'merged-into-valid' | 'string';
      readonly names: readonly number[];
      readonly value: 'polluting' | 'null' | 'function' | 'valid';
    }
  | { readonly kind: 'date-lookalike'; readonly form: DateForm; readonly time: 'valid' | 'nan' | 'throws' }
  | { readonly kind: 'random'; readonly value: unknown }
  | { readonly kind: 'fixed'; readonly index: number }
  | { readonly kind: 'nested'; readonly path: number; readonly inner: Recipe };

/** The names people and prototypes share: as keys of an object, and as strings. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  'isPrototypeOf',
  '__defineGetter__',
] as const;

// Keys a bare object with a throwing getter has: the validators' field names and the names
// libraries probe (then, toJSON, length, Symbol.toPrimitive …).
const GETTER_KEYS: readonly PropertyKey[] = [
  'edition',
  'track',
  'years',
  'lead',
  'members',
  'kind',
  'region',
  'length',
  'then',
  'toJSON',
  'valueOf',
  'toString',
  'isInteger',
  'getTime',
  Symbol.toPrimitive,
  Symbol.iterator,
  0,
];

/** A random value of any type, nested a little: values the table has no name for. */
export const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBoxedValues: true,
  maxDepth: 4,
});

const index = fc.nat({ max: 1_000 });

function recipeOf(kind: HostileKind): fc.Arbitrary<Recipe> {
  switch (kind) {
    case 'throwing-getter':
      return fc.record({
        kind: fc.constant('throwing-getter' as const),
        on: fc.constantFrom('valid' as const, 'bare' as const),
        key: index,
        thrown: fc.constantFrom<Thrown>('error', 'type-error', 'string', 'undefined', 'rules-error'),
      });
    case 'revoked-proxy':
      return fc.record({
        kind: fc.constant('revoked-proxy' as const),
        target: fc.constantFrom('object' as const, 'array' as const, 'function' as const),
      });
    case 'lying-proxy':
      return fc.record({
        kind: fc.constant('lying-proxy' as const),
        lie: fc.constantFrom<Lie>(
          'length-nan',
          'length-max',
          'length-negative',
          'length-infinity',
          'length-string',
          'own-keys-throws',
          'prototype-throws',
          'has-throws',
          'absent-keys-throw',
        ),
        over: fc.constantFrom('valid' as const, 'array' as const, 'object' as const),
      });
    case 'sparse-array':
      return fc.record({
        kind: fc.constant('sparse-array' as const),
        shape: fc.constantFrom('hole-in-valid' as const, 'only-holes' as const, 'hole-before-valid' as const),
        at: index,
      });
    case 'huge-array':
      return fc.record({ kind: fc.constant('huge-array' as const), keepValid: fc.boolean() });
    case 'prototype-keys':
      return fc.record({
        kind: fc.constant('prototype-keys' as const),
        form: fc.constantFrom('own-keys' as const, 'merged-into-valid' as const, 'string' as const),
        names: fc.uniqueArray(fc.nat({ max: PROTOTYPE_NAMES.length - 1 }), { minLength: 1, maxLength: 4 }),
        value: fc.constantFrom('polluting' as const, 'null' as const, 'function' as const, 'valid' as const),
      });
    case 'date-lookalike':
      return fc.record({
        kind: fc.constant('date-lookalike' as const),
        form: fc.constantFrom<DateForm>(
          'get-time-object',
          'value-of-object',
          'date-prototype-object',
          'throwing-subclass',
          'invalid-date',
          'own-throwing-get-time',
          'date-in-proxy',
        ),
        time: fc.constantFrom('valid' as const, 'nan' as const, 'throws' as const),
      });
    case 'random':
      return anything.map((value) => ({ kind: 'random' as const, value }));
    case 'fixed':
      return fc.nat({ max: FIXED.length - 1 }).map((i) => ({ kind: 'fixed' as const, index: i }));
  }
}

/** The recipes of one generator of the table. */
export function recipes(generator: Generator): fc.Arbitrary<Recipe> {
  if (!generator.startsWith('nested:')) return recipeOf(generator as HostileKind);
  const kind = generator.slice('nested:'.length) as HostileKind;
  return fc.record({ kind: fc.constant('nested' as const), path: index, inner: recipeOf(kind) });
}

// ---------------------------------------------------------------------------------------------
// Building values

/** The proxies made here: they are never frozen (their traps answer for them). */
const PROXIES = new WeakSet();

function proxy<T extends object>(target: T, handler: ProxyHandler<T>): T {
  const made = new Proxy(target, handler);
  PROXIES.add(made);
  return made;
}

function thrownValue(thrown: Thrown): unknown {
  switch (thrown) {
    case 'error':
      return new Error('hostile getter');
    case 'type-error':
      return new TypeError('hostile getter');
    case 'string':
      return 'hostile getter';
    case 'undefined':
      return undefined;
    case 'rules-error':
      // A RulesError of the caller's own: passing it on unchanged is fine.
      return new RulesError({
        code: 'INPUT_INVALID',
        params: { problem: 'unreadable', expected: 'plain data', input: '[object Object]' },
        messages: { ko: '읽을 수 없는 입력입니다.', en: 'The input cannot be read.' },
      });
  }
}

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/** A shallow copy of a plain object or array; anything else as it is. */
function shallowCopy(value: object): Record<PropertyKey, unknown> {
  return (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<PropertyKey, unknown>;
}

const isIndex = (key: PropertyKey): boolean => typeof key === 'string' && /^(?:0|[1-9]\d*)$/u.test(key);

/** A proxy over `target` that counts index reads (get, has, descriptors) and stops a walk past READ_BOUND. */
function counting<T extends object>(target: T, counter: { reads: number }, extra: ProxyHandler<T> = {}): T {
  const count = (key: PropertyKey): void => {
    if (!isIndex(key)) return;
    counter.reads += 1;
    if (counter.reads > READ_BOUND) throw new WalkedTooFar(`more than ${String(READ_BOUND)} index reads`);
  };
  return proxy(target, {
    ...extra,
    get(object, key, receiver) {
      count(key);
      return (extra.get ?? Reflect.get)(object, key, receiver) as unknown;
    },
    has(object, key) {
      count(key);
      return (extra.has ?? Reflect.has)(object, key);
    },
    getOwnPropertyDescriptor(object, key) {
      count(key);
      return (extra.getOwnPropertyDescriptor ?? Reflect.getOwnPropertyDescriptor)(object, key);
    },
  });
}

const VALID_TIME = Date.parse('2026-02-20T10:00:00+09:00');

function dateLookalike(form: DateForm, time: 'valid' | 'nan' | 'throws'): unknown {
  const ms = time === 'nan' ? Number.NaN : VALID_TIME;
  const getTime = (): number => {
    if (time === 'throws') throw new Error('hostile getTime');
    return ms;
  };
  switch (form) {
    case 'get-time-object':
      return { getTime };
    case 'value-of-object':
      return { getTime, valueOf: getTime, toISOString: () => new Date(VALID_TIME).toISOString() };
    case 'date-prototype-object':
      return Object.assign(Object.create(Date.prototype) as object, { getTime });
    case 'throwing-subclass': {
      class ThrowingDate extends Date {
        override getTime(): never {
          throw new Error('hostile Date method');
        }
        override valueOf(): never {
          throw new Error('hostile Date method');
        }
        override toISOString(): never {
          throw new Error('hostile Date method');
        }
        override toString(): never {
          throw new Error('hostile Date method');
        }
        override toJSON(): never {
          throw new Error('hostile Date method');
        }
        override [Symbol.toPrimitive](): never {
          throw new Error('hostile Date method');
        }
      }
      return new ThrowingDate(ms);
    }
    case 'invalid-date':
      return new Date(Number.NaN);
    case 'own-throwing-get-time':
      return Object.defineProperty(new Date(ms), 'getTime', { get: getTime });
    case 'date-in-proxy':
      return proxy(new Date(ms), {});
  }
}

/** Builds the value of a recipe, standing in for `valid` at `place`. */
export function buildHostile(recipe: Recipe, valid: unknown, place: Place): Built {
  const counter = { reads: 0 };
  const built = (value: unknown, refusable: boolean, sameAsValid = false): Built => ({
    value,
    refusable,
    sameAsValid,
    reads: () => counter.reads,
  });
  switch (recipe.kind) {
    case 'throwing-getter': {
      const thrown = thrownValue(recipe.thrown);
      const fail = (): never => {
        throw thrown;
      };
      if (recipe.on === 'valid' && isObject(valid) && Reflect.ownKeys(valid).length > 0) {
        const copy = shallowCopy(valid);
        const keys = Reflect.ownKeys(copy).filter((key) => key !== 'length');
        const key = keys[recipe.key % keys.length] as PropertyKey;
        Object.defineProperty(copy, key, { get: fail, enumerable: true, configurable: true });
        const read = place.free?.([key]) !== true && (place.strict || place.keysRead);
        return built(copy, read);
      }
      const key = GETTER_KEYS[recipe.key % GETTER_KEYS.length] as PropertyKey;
      // An object whose only key is a symbol reads as an empty object where every key is optional.
      const opaque = place.strict && (typeof key !== 'symbol' || !isObject(valid));
      return built(Object.defineProperty({}, key, { get: fail, enumerable: true }), opaque);
    }
    case 'revoked-proxy': {
      const target = recipe.target === 'array' ? [] : recipe.target === 'function' ? () => 0 : {};
      const { proxy: revoked, revoke } = Proxy.revocable(target, {});
      PROXIES.add(revoked);
      revoke();
      return built(revoked, place.strict);
    }
    case 'lying-proxy': {
      const base: object =
        recipe.over === 'valid' && isObject(valid)
          ? shallowCopy(valid)
          : recipe.over === 'object'
            ? { edition: '2026', a: 1 }
            : [1, 2, 3];
      const fail = (what: string) => (): never => {
        throw new Error(`hostile proxy: ${what}`);
      };
      const length: Record<string, unknown> = {
        'length-nan': Number.NaN,
        'length-max': 2 ** 32 - 1,
        'length-negative': -1,
        'length-infinity': Number.POSITIVE_INFINITY,
        'length-string': '3',
      };
      const lie = recipe.lie;
      const handler: ProxyHandler<object> =
        lie in length
          ? {
              get: (object, key, receiver) =>
                key === 'length' ? length[lie] : (Reflect.get(object, key, receiver) as unknown),
            }
          : lie === 'own-keys-throws'
            ? { ownKeys: fail('ownKeys') }
            : lie === 'prototype-throws'
              ? { getPrototypeOf: fail('getPrototypeOf') }
              : lie === 'has-throws'
                ? { has: fail('has') }
                : {
                    get: (object, key, receiver) => {
                      if (!Reflect.has(object, key)) throw new Error(`hostile proxy: no ${String(key)}`);
                      return Reflect.get(object, key, receiver) as unknown;
                    },
                  };
      return built(counting(base, counter, handler), false);
    }
    case 'sparse-array': {
      if (recipe.shape === 'only-holes') return built(new Array<unknown>(1 + (recipe.at % 5)), place.strict);
      if (recipe.shape === 'hole-in-valid' && Array.isArray(valid) && valid.length > 0) {
        // The valid elements but one, left a hole (never assigned, not undefined).
        const hole = recipe.at % valid.length;
        const copy = new Array<unknown>(valid.length);
        (valid as unknown[]).forEach((item, i) => {
          if (i !== hole) copy[i] = item;
        });
        return built(copy, place.strict);
      }
      // eslint-disable-next-line no-sparse-arrays -- a hole is the point
      const holed: unknown[] = Array.isArray(valid) ? [, ...(valid as unknown[])] : [, valid];
      return built(holed, place.strict);
    }
    case 'huge-array': {
      const huge = new Array<unknown>(2 ** 28);
      if (recipe.keepValid && Array.isArray(valid))
        (valid as unknown[]).forEach((item, i) => (huge[i] = item));
      return built(counting(huge, counter), place.strict);
    }
    case 'prototype-keys': {
      const names = recipe.names.map((i) => PROTOTYPE_NAMES[i] as string);
      if (recipe.form === 'string') {
        return built(names[0], place.enumerated || (place.strict && typeof valid !== 'string'));
      }
      const values: Record<typeof recipe.value, unknown> = {
        polluting: { polluted: true },
        null: null,
        function: () => 'hostile',
        valid,
      };
      const merged = recipe.form === 'merged-into-valid' && isObject(valid) && !Array.isArray(valid);
      const target: Record<string, unknown> = merged ? { ...(valid as Record<string, unknown>) } : {};
      for (const name of names) {
        Object.defineProperty(target, name, {
          value: values[recipe.value],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return merged ? built(target, false, true) : built(target, place.strict);
    }
    case 'date-lookalike': {
      const value = dateLookalike(recipe.form, recipe.time);
      const realDate = recipe.form === 'throwing-subclass' || recipe.form === 'own-throwing-get-time';
      const acceptable = place.date && realDate && recipe.time !== 'nan';
      return built(value, place.strict && !acceptable);
    }
    case 'random':
      return built(recipe.value, false);
    case 'fixed': {
      const fixed = FIXED[recipe.index % FIXED.length] as (typeof FIXED)[number];
      return built(fixed[1](), false);
    }
    case 'nested': {
      const paths = pathsOf(valid);
      if (paths.length === 0) return buildHostile(recipe.inner, valid, place);
      const path = paths[recipe.path % paths.length] as readonly PropertyKey[];
      const root = copyAlong(valid, path);
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], root);
      const key = path[path.length - 1] as PropertyKey;
      const original = valid === undefined ? undefined : get(valid, path);
      const checked = (place.strict || place.keysRead) && place.free?.(path) !== true;
      const inner = buildHostile(recipe.inner, original, {
        strict: checked,
        keysRead: checked,
        date: false,
        enumerated: checked && typeof key === 'string' && ENUMERATED_KEYS.has(key),
      });
      (parent as Record<PropertyKey, unknown>)[key] = inner.value;
      return { value: root, refusable: inner.refusable, sameAsValid: inner.sameAsValid, reads: inner.reads };
    }
  }
}

/** Keys whose values come from a closed set of strings wherever they appear. */
const ENUMERATED_KEYS = new Set([
  'edition',
  'track',
  'kind',
  'region',
  'tier',
  'role',
  'locale',
  'style',
  'ties',
  'score',
  'cohort',
  'smallCohorts',
]);

function get(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], value);
}

/** Every path to a value inside plain objects and arrays, depth first, to a depth of 6. */
export function pathsOf(
  value: unknown,
  prefix: readonly PropertyKey[] = [],
  out: PropertyKey[][] = [],
): PropertyKey[][] {
  if (prefix.length >= 6 || !isPlainContainer(value)) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

function isPlainContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A copy of `value` with fresh containers along `path` (the rest shared, never written). */
function copyAlong(value: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0 || !isPlainContainer(value)) return value;
  const copy = shallowCopy(value);
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  copy[head] = copyAlong(copy[head], rest);
  return copy;
}

/**
 * Freezes the plain objects and arrays of a value, all the way down, to show that nothing writes to
 * its input. Proxies made here are left alone (their traps answer for them), getters are not called.
 */
export function freezePlain(value: unknown): unknown {
  const seen = new WeakSet();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!isObject(next) || PROXIES.has(next) || seen.has(next) || ArrayBuffer.isView(next)) continue;
    seen.add(next);
    Object.freeze(next);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(next, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Fixed nasties: values any function may get, made fresh on demand.

export const FIXED: readonly (readonly [string, () => unknown])[] = [
  ['a huge number', () => Number.MAX_VALUE],
  ['past 2^53', () => 2 ** 53 + 2],
  ['a huge bigint', () => 10n ** 400n],
  ['NaN', () => Number.NaN],
  ['-0', () => -0],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  [
    'a __proto__ key',
    () =>
      JSON.parse(
        '{"__proto__":{"polluted":true},"edition":"2026","constructor":{"prototype":{"x":1}}}',
      ) as unknown,
  ],
  ['a constructor key', () => ({ constructor: { prototype: { polluted: true } } })],
  // eslint-disable-next-line no-sparse-arrays -- the point of the case
  ['a sparse array', () => [, , 1]],
  ['a 1 MB string', () => '억'.repeat(1_000_000)],
  ['a 1 MB digit string', () => '9'.repeat(1_000_000)],
  [
    'deep nesting',
    () => {
      let deep: unknown = 1;
      for (let i = 0; i < 10_000; i += 1) deep = [deep];
      return deep;
    },
  ],
  [
    'a cyclic object',
    () => {
      const cyclic: Record<string, unknown> = { edition: '2026', track: 'capability' };
      cyclic['years'] = [cyclic];
      cyclic['lead'] = cyclic;
      return cyclic;
    },
  ],
  ['a symbol', () => Symbol('hostile')],
  ['a function', () => () => 'hostile'],
  ['an object without a prototype', () => Object.create(null) as unknown],
];
