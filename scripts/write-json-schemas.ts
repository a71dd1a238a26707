// `npm run schemas:json`: writes the JSON Schemas of the validator inputs into json-schema/, which
// the package ships. test/schemas/jsonSchema.test.ts fails when the files drift from the schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputJsonSchema, type JsonSchemaName } from 'regional-innovation-rnd/schemas';

const names: readonly JsonSchemaName[] = ['grant-plan', 'consortium', 'company'];
for (const name of names) {
  const path = join(import.meta.dirname, '..', 'json-schema', `${name}.schema.json`);
  writeFileSync(path, `${JSON.stringify(inputJsonSchema(name), null, 2)}\n`);
  console.log(`wrote json-schema/${name}.schema.json`);
}
