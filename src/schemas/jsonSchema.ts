import * as z from 'zod';
import { describeInput } from '../rules/describeInput';
import { rulesError } from '../rules/issues/build';
import { OPTIONS_INVALID } from '../rules/issues/general';
import { buildCompanySchema } from './company';
import { buildConsortiumSchema } from './consortium';
import { buildGrantPlanSchema } from './grantPlan';

/**
 * The validator inputs that have a JSON Schema.
 */
export type JsonSchemaName = 'grant-plan' | 'consortium' | 'company';

// Built anew for each call, from the library's own definitions: never the exported instances.
const BUILD = {
  'grant-plan': buildGrantPlanSchema,
  consortium: buildConsortiumSchema,
  company: buildCompanySchema,
} as const;
const TITLES = {
  'grant-plan': 'Grant plan (checkGrantPlan input)',
  consortium: 'Consortium (checkConsortium input)',
  company: 'Company profile (assessEligibility input)',
} as const;

/**
 * The JSON Schema (draft 2020-12) of a validator's input, generated from its zod schema with
 * `z.toJSONSchema`. The package ships the same schemas as files:
 * `regional-innovation-rnd/json-schema/grant-plan.schema.json`, `…/consortium.schema.json` and
 * `…/company.schema.json`.
 * Money fields accept integers and strings (JSON has no bigint).
 *
 * @param name - which input.
 * @returns the schema, a new plain object on every call.
 * @throws {@link rules!RulesError} `OPTIONS_INVALID` for a name that is not one of the three.
 *
 * @example
 * ```ts
 * import { inputJsonSchema } from 'regional-innovation-rnd/schemas';
 * inputJsonSchema('grant-plan')['$schema']; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function inputJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(BUILD, name)) {
    const expected = "'grant-plan' | 'consortium' | 'company'";
    throw rulesError(OPTIONS_INVALID, { option: 'name', input: describeInput(name), expected }, ['name']);
  }
  const generated = z.toJSONSchema(BUILD[name](), { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...generated,
    $id: `https://unpkg.com/regional-innovation-rnd/json-schema/${name}.schema.json`,
    title: TITLES[name],
  };
}
