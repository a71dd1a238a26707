// Size budgets (gzip) for every public entry point and for key named imports, measured on the
// built ESM output as a consumer's bundler would see it. The budgets live in scripts/entries.mjs.
import { ENTRIES, distOf } from './scripts/entries.mjs';

const checks = [];
for (const { subpath, limit, imports = {} } of ENTRIES) {
  const path = `${distOf(subpath)}.js`;
  const name = subpath === '.' ? 'regional-innovation-rnd' : `regional-innovation-rnd/${subpath}`;
  checks.push({ name: `${name} (everything)`, path, import: '*', limit, gzip: true });
  for (const [named, namedLimit] of Object.entries(imports)) {
    checks.push({
      name: `{ ${named} } from ${name}`,
      path,
      import: `{ ${named} }`,
      limit: namedLimit,
      gzip: true,
    });
  }
}

export default checks;
