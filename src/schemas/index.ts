/**
 * The zod schemas of the validators' inputs, and the mapping of zod's issues to the library's.
 * Imported by the validators; a bundle that does not validate does not load zod.
 *
 * @module schemas
 */
export { grantPlanSchema } from './grantPlan';
export type { GrantPlan, GrantParticipant } from './grantPlan';
export { consortiumSchema } from './consortium';
export type { Consortium, ConsortiumMember } from './consortium';
export { companySchema } from './company';
export type { Company } from './company';
export type { ReadonlyInput } from './fields';
export { inputJsonSchema } from './jsonSchema';
export type { JsonSchemaName } from './jsonSchema';
