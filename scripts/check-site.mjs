// `npm run docs:check`: the documentation site, checked in a real browser. Serves build/site (built
// by typedoc just before) on 127.0.0.1, opens it in Debian's Chromium and visits every page it can
// reach from the home page. Fails on:
//   - a broken internal link: a page that does not load, or a #fragment with no such id on its page;
//   - a console error, an uncaught exception or a failed request on any page;
//   - a missing page: an HTML file no link reaches, or a guide or rule table without its page;
//   - a search for 'tierCohort' or for '선도기업' that shows no results.
// Saves screenshots of the home page and the 2026 rule table in build/site-check/. Set
// CHROMIUM_PATH to run another Chromium-based browser.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { launchChromium } from './chromium.mjs';

/* global document -- read inside the page, in page.evaluate and waitForFunction */

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'build', 'site');
const out = join(root, 'build', 'site-check');
await mkdir(out, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(site, `.${path}`);
  if (!file.startsWith(site + sep)) {
    response.writeHead(403).end();
    return;
  }
  readFile(file).then(
    (body) =>
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body),
    () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
  );
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/`;

const failures = [];
const fail = (message) => failures.push(message);
/** Site-relative path of a URL on the server, decoded: 'documents/가이드.html'. */
const pathOf = (url) => decodeURIComponent(new URL(url).pathname).slice(1) || 'index.html';

const browser = await launchChromium('site check', 'checks the documentation site');
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  // The site has no business with any other origin; such requests are answered locally, never sent.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  const page = await context.newPage();
  let current = 'index.html';
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`${current}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => fail(`${current}: uncaught ${String(error)}`));
  page.on('requestfailed', (request) => fail(`${current}: request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.url().startsWith(base) && response.status() >= 400) {
      fail(`${current}: ${String(response.status())} for ${pathOf(response.url())}`);
    }
  });

  // Breadth-first over every internal link, from the home page.
  const queue = ['index.html'];
  const referrer = new Map([['index.html', '(start)']]);
  const idsOf = new Map();
  const titleOf = new Map();
  const fragments = []; // [from, page, id]
  while (queue.length > 0) {
    current = queue.shift();
    const response = await page.goto(base + current.split('/').map(encodeURIComponent).join('/'), {
      waitUntil: 'load',
    });
    if (response === null || response.status() !== 200) {
      fail(
        `broken link: ${current} (linked from ${referrer.get(current)}) gives ${String(response?.status())}`,
      );
      continue;
    }
    const { links, ids, title } = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
      ids: [...document.querySelectorAll('[id], a[name]')].map(
        (element) => element.id || element.getAttribute('name'),
      ),
      title: document.title,
    }));
    idsOf.set(current, new Set(ids));
    titleOf.set(current, title);
    for (const link of links) {
      if (!link.startsWith(base)) continue;
      const url = new URL(link);
      const target = pathOf(url.href);
      if (!target.endsWith('.html')) continue; // assets: checked by the response listener when loaded
      if (url.hash.length > 1) fragments.push([current, target, decodeURIComponent(url.hash.slice(1))]);
      if (!referrer.has(target)) {
        referrer.set(target, current);
        queue.push(target);
      }
    }
  }
  for (const [from, target, id] of fragments) {
    const ids = idsOf.get(target);
    if (ids !== undefined && !ids.has(id)) fail(`broken link: ${from} → ${target}#${id}: no such id`);
  }

  // Every page typedoc wrote is reachable, and every guide and rule table has its page.
  const files = (function list(dir) {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? list(path)
        : name.endsWith('.html')
          ? [relative(site, path).split(sep).join('/')]
          : [];
    });
  })(site);
  for (const file of files) if (!idsOf.has(file)) fail(`page not reachable from the home page: ${file}`);
  const documents = ['docs/guides/en', 'docs/guides/ko', 'docs/rules'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(dir, name)),
  );
  const titles = [...titleOf.values()];
  for (const document of documents) {
    const title = /^title: ['"](.+)['"]$/mu.exec(readFileSync(join(root, document), 'utf8'))?.[1];
    if (title === undefined) fail(`${document}: no title in its frontmatter`);
    else if (!titles.some((pageTitle) => pageTitle.startsWith(title)))
      fail(`missing page for ${document} ("${title}")`);
  }

  // Search, as a reader would: open the search box, type, and look at the results.
  current = 'index.html';
  await page.goto(base);
  await page.screenshot({ path: join(out, 'home.png') });
  const searches = {};
  for (const term of ['tierCohort', '선도기업']) {
    await page.goto(base);
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', term);
    const results = await page
      .waitForFunction(() => document.querySelectorAll('#tsd-search-results li').length > 0, undefined, {
        timeout: 10_000,
      })
      .then(() =>
        page.$$eval('#tsd-search-results li', (items) => items.map((item) => item.textContent ?? '')),
      )
      .catch(() => []);
    searches[term] = results.length;
    if (results.length === 0) fail(`search for '${term}' shows no results`);
    else if (term === 'tierCohort' && !results.some((text) => text.includes('tierCohort'))) {
      fail(`search for 'tierCohort' does not list tierCohort: ${results.join(' / ')}`);
    }
  }
  const rulePage = [...titleOf].find(([, title]) => title.includes('Rules of the 2026 call'))?.[0];
  if (rulePage === undefined) fail('no page for the 2026 rule table');
  else {
    current = rulePage;
    await page.goto(base + rulePage.split('/').map(encodeURIComponent).join('/'));
    await page.screenshot({ path: join(out, 'rules-2026.png') });
  }

  if (failures.length > 0) {
    console.error(`site check failed (${String(failures.length)}):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `site check passed: ${String(idsOf.size)} pages visited, ${String(fragments.length)} links with fragments checked, ` +
        `no console errors; search 'tierCohort' ${String(searches['tierCohort'])} and '선도기업' ${String(searches['선도기업'])} results; ` +
        'screenshots in build/site-check/',
    );
  }
} finally {
  await browser.close();
  server.close();
}
