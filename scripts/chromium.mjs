// Headless Chromium for the browser steps of `npm run check` (the site check and the browser smoke
// test): Debian's chromium by default, or CHROMIUM_PATH. Without a browser, or one that does not
// start, the step says what to install or set and exits 1, instead of a Playwright stack trace.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Launches headless Chromium for a step, or exits with the hint.
 *
 * @param {string} step - the step's name, e.g. 'site check'.
 * @param {string} purpose - what the step does in the browser, for the hint.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(step, purpose) {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const where = `${executablePath}${process.env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}`;
  const fail = (problem) => {
    console.error(
      `${step}: ${problem}. This step ${purpose} in headless Chromium. On Debian, install it and a ` +
        'Korean font with `apt-get install -y chromium fonts-nanum` (as root; .ci/run does this); ' +
        'elsewhere, set CHROMIUM_PATH to the executable of Chromium or of another Chromium-based ' +
        'browser (Google Chrome, Microsoft Edge), e.g. ' +
        'CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm run check.',
    );
    process.exit(1);
  };
  if (!existsSync(executablePath)) fail(`no browser at ${where}`);
  return chromium
    .launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch((error) =>
      fail(`the browser at ${where} did not start (${String(error.message).split('\n')[0]})`),
    );
}
