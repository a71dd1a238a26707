// Runs in a scratch project that installed the packed tarball: CommonJS consumers.
const assert = require('node:assert/strict');
const { SUBPATHS } = JSON.parse(process.env.SMOKE_SUBPATHS ?? '{"SUBPATHS":[]}');
assert.ok(SUBPATHS.length > 0, 'the list of subpaths reached the smoke test');

for (const subpath of SUBPATHS) {
  const mod = require(subpath === '.' ? 'regional-innovation-rnd' : `regional-innovation-rnd/${subpath}`);
  assert.ok(Object.keys(mod).length > 0, `${subpath} exports nothing`);
}
const root = require('regional-innovation-rnd');
const { RulesError, isRulesError } = require('regional-innovation-rnd/rules');
assert.equal(root.RulesError, RulesError, 'root and subpath share one RulesError class');
let error;
try {
  root.parseKRW('1억억');
} catch (caught) {
  error = caught;
}
assert.ok(error instanceof RulesError);
assert.ok(isRulesError(error, 'MONEY_INVALID'));
assert.equal(typeof require('regional-innovation-rnd/package.json').version, 'string');
const planSchema = require('regional-innovation-rnd/json-schema/grant-plan.schema.json');
assert.equal(planSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
console.log(`CJS: ${SUBPATHS.length} entry points require and behave`);
