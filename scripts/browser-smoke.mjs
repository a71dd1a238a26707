// The browser smoke test: bundle the built package for the browser with esbuild (platform
// 'browser', so an import of a Node built-in fails the build), run it in headless Chromium, and
// check that it tiers a cohort, validates a plan and writes Korean messages. Needs a fresh build
// and Debian's chromium (.ci/run installs it when missing), or CHROMIUM_PATH set to another
// Chromium-based browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'build', 'browser');
mkdirSync(out, { recursive: true });

const bundle = await build({
  entryPoints: [join(root, 'test', 'browser', 'entry.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  alias: { 'regional-innovation-rnd': join(root, 'dist', 'index.js') },
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;
const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>smoke</title></head><body style="white-space:pre;font:16px sans-serif"><script>${script}</script></body></html>`;
writeFileSync(join(out, 'index.html'), html);

const browser = await launchChromium('browser smoke test', 'runs the package');
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setContent(html);
  const result = await page
    .waitForFunction(() => globalThis.__result, undefined, { timeout: 10_000 })
    .then((handle) => handle.jsonValue());
  await page.screenshot({ path: join(out, 'smoke.png') });
  const failures = [];
  if (errors.length > 0) failures.push(`console errors: ${errors.join('; ')}`);
  if (JSON.stringify(result.tiers) !== JSON.stringify(['leading', 'potential', 'none', 'none']))
    failures.push(`tiers: ${JSON.stringify(result.tiers)}`);
  if (!result.planCodes.includes('GRANT_YEAR_CAP_EXCEEDED'))
    failures.push(`plan codes: ${JSON.stringify(result.planCodes)}`);
  if (
    !/\(예비\)선도기업/u.test(result.text) ||
    !/연간 한도/u.test(result.text) ||
    !result.text.includes('1조 445억원')
  ) {
    failures.push(`Korean text missing: ${result.text}`);
  }
  if (failures.length > 0) {
    console.error(`browser smoke test failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `browser smoke test passed: ${(script.length / 1024).toFixed(1)} kB bundle, no Node built-ins, Korean messages rendered (build/browser/smoke.png)`,
    );
  }
} finally {
  await browser.close();
}
