// Runs in a scratch project that installed the packed tarball: ESM consumers.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as root from 'regional-innovation-rnd';
import { RulesError, isRulesError, ISSUE_CODES } from 'regional-innovation-rnd/rules';
import { formatMessage } from 'regional-innovation-rnd/locales';

const { SUBPATHS } = JSON.parse(process.env.SMOKE_SUBPATHS ?? '{"SUBPATHS":[]}');
assert.ok(SUBPATHS.length > 0, 'the list of subpaths reached the smoke test');

// Every entry point loads and exports something; the root re-exports what the others export.
for (const subpath of SUBPATHS) {
  const mod = await import(
    subpath === '.' ? 'regional-innovation-rnd' : `regional-innovation-rnd/${subpath}`
  );
  assert.ok(Object.keys(mod).length > 0, `${subpath} exports nothing`);
}
assert.equal(root.RulesError, RulesError, 'root and subpath share one RulesError class');
assert.ok(ISSUE_CODES.includes('MONEY_INVALID'));

/** The error a call throws. */
const thrown = (call) => {
  try {
    call();
  } catch (caught) {
    return caught;
  }
  throw new Error('did not throw');
};
const error = thrown(() => root.getEdition('2024'));
assert.ok(error instanceof RulesError);
assert.equal(error.code, 'EDITION_UNKNOWN');
assert.match(formatMessage('REGION_UNKNOWN', { input: '"서을"' }), /서을/u);

// The dual-package hazard: a RulesError from the CJS build is still recognised by the ESM one.
const require = createRequire(import.meta.url);
const cjs = require('regional-innovation-rnd');
const fromCjs = thrown(() => cjs.isNonCapitalRegion('x'));
assert.equal(fromCjs instanceof RulesError, false);
assert.equal(isRulesError(fromCjs, 'REGION_UNKNOWN'), true);

console.log(`ESM: ${SUBPATHS.length} entry points import and behave`);
