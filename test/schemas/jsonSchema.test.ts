import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputJsonSchema } from 'regional-innovation-rnd/schemas';
import { isRulesError } from 'regional-innovation-rnd/rules';

const shipped = (name: string): unknown =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'json-schema', `${name}.schema.json`), 'utf8'),
  );

describe('JSON Schemas of the validator inputs', () => {
  it.each(['grant-plan', 'consortium', 'company'] as const)(
    '%s: the shipped file matches the zod schema (npm run schemas:json)',
    (name) => {
      expect(shipped(name)).toEqual(inputJsonSchema(name));
    },
  );

  it('describes a plan: draft 2020-12, strict objects, enums, money as integer or string', () => {
    const schema = inputJsonSchema('grant-plan') as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: {
        edition: { enum: unknown[] };
        track: { enum: string[] };
        years: {
          items: {
            properties: { participants: { items: { properties: { cash: { anyOf: { type: string }[] } } } } };
          };
        };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['edition', 'track', 'years']);
    expect(schema.properties.edition.enum).toEqual(['2025', '2026', 2025, 2026]);
    expect(schema.properties.track.enum).toEqual(['supply-chain', 'capability']);
    const cash = schema.properties.years.items.properties.participants.items.properties.cash;
    expect(cash.anyOf.map((option) => option.type)).toEqual(['integer', 'string']);
  });

  it('returns a fresh object each time', () => {
    expect(inputJsonSchema('consortium')).not.toBe(inputJsonSchema('consortium'));
  });
});

describe('inputJsonSchema with a name it does not know', () => {
  it.each(['plan', '__proto__', 'toString', 7, undefined])('refuses %o with OPTIONS_INVALID', (name) => {
    let caught: unknown;
    try {
      inputJsonSchema(name as never);
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught, 'OPTIONS_INVALID') && caught.path).toEqual(['name']);
  });
});
