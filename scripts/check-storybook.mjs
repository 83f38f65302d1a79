// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails
// on a page error, a console error, or a story that renders nothing. This checks what
// `npm start` users see — Storybook's own bundling and rendering — on top of the per-engine
// story test in test/stories/. Optional: `--screenshot <story-id> <file.png>`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const root = 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  if (request.url === '/favicon.ico') return void response.writeHead(204).end();
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const failures = [];
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 900 });
let problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
});
page.on('response', (response) => {
  if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
});

const screenshotAt = process.argv.indexOf('--screenshot');
for (const story of stories) {
  problems = [];
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      () => (document.querySelector('#storybook-root')?.children.length ?? 0) > 0,
      { timeout: 10_000 },
    );
  } catch {
    problems.push('rendered nothing within 10 s');
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  if (problems.length) failures.push(`${story.id}:\n    ${problems.join('\n    ')}`);
  if (screenshotAt > 0 && process.argv[screenshotAt + 1] === story.id) {
    // An appeal paints nothing until it has read the reader's stored state.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('support-appeal')].every(
        (a) => a.getAttribute('state') !== 'pending',
      ),
    );
    await page.setViewport({ width: 720, height: 900 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const root = await page.$('#storybook-root');
    await root?.screenshot({ path: process.argv[screenshotAt + 2] ?? 'story.png' });
  }
}

// The docs site's front door: the manager carries the kit's name, opens on the introduction
// (no onboarding checklist), and the README page has linkable storage, privacy and CSP headings.
problems = [];
await page.goto(`${base}/index.html`, { waitUntil: 'load' });
try {
  // Generous: on a loaded machine the manager takes a while to pick its first page.
  await page.waitForFunction(() => location.search.includes('path=/docs/introduction--docs'), {
    timeout: 60_000,
  });
} catch {
  problems.push(`opens on ${page.url()}, not on the introduction`);
}
const sidebar = await page.evaluate(() => document.body.innerText);
if (!sidebar.includes('support-kit')) problems.push('the manager does not show "support-kit"');
if (/onboarding|get started/i.test(sidebar)) problems.push('the onboarding checklist is shown');
await page.goto(`${base}/iframe.html?id=readme--docs&viewMode=docs`, { waitUntil: 'load' });
for (const id of ['what-the-readers-browser-remembers', 'content-security-policy', 'release']) {
  try {
    await page.waitForSelector(`h2#${id}`, { timeout: 30_000 });
  } catch {
    problems.push(`README page: no heading #${id}`);
  }
}

/** Opens a docs page and waits for its content (the docs render after load). */
async function docs(/** @type {string} */ id, /** @type {string} */ selector) {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load' });
  try {
    await page.waitForSelector(selector, { timeout: 30_000 });
    return true;
  } catch {
    problems.push(`${id}: no ${selector}`);
    return false;
  }
}
const hrefs = () =>
  page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')));
/** The first cell of every row of the page's API tables: the names it lists. */
const rowNames = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('.docblock-argstable-body tr td:first-child')].map(
      (cell) => (cell.textContent ?? '').trim().split(/\s/)[0],
    ),
  );

// SECURITY.md has a page of its own, and the README's link to it leads there.
await docs('security--docs', 'h2#reporting-a-problem');
if (await docs('readme--docs', 'h2#content-security-policy')) {
  const links = await hrefs();
  if (!links.includes('?path=/docs/security--docs')) problems.push('README: no link to Security');
  if (links.includes('SECURITY.md')) problems.push('README: links to SECURITY.md as a file');
}
// The introduction points to every element and to the framework guides, which exist.
if (await docs('introduction--docs', 'h2#where-to-look')) {
  const links = await hrefs();
  for (const id of [
    'elements-support-article-count--docs',
    'elements-support-privacy--docs',
    'guides-react--docs',
    'guides-vue--docs',
    'guides-svelte--docs',
  ]) {
    if (!links.includes(`?path=/docs/${id}`)) problems.push(`Introduction: no link to ${id}`);
    if (!index.entries[id]) problems.push(`no docs page ${id}`);
  }
}
// API tables: every attribute (a part of the same name does not take its row), no private
// members, and full tables for the count and the privacy panel.
/** @type {Record<string, string[]>} */
const expectedRows = {
  'elements-support-appeal--docs': ['amounts', 'checkout-url', 'support-checkout', 'footer'],
  'elements-support-article-count--docs': ['days', 'min', 'one', 'other', 'locale', 'count'],
  'elements-support-privacy--docs': ['locale', 'support-forget', 'panel', '--support-accent'],
};
for (const [id, expected] of Object.entries(expectedRows)) {
  if (!(await docs(id, '.docblock-argstable-body tr'))) continue;
  const names = await rowNames();
  const missing = expected.filter((name) => !names.includes(name));
  if (missing.length) problems.push(`${id}: no row for ${missing.join(', ')}`);
  const hidden = names.filter((name) => name.startsWith('_') || name.startsWith('#'));
  if (hidden.length) problems.push(`${id}: private members listed: ${hidden.join(', ')}`);
  if (id === 'elements-support-appeal--docs' && names.filter((n) => n === 'amounts').length < 2) {
    problems.push(`${id}: the amounts attribute and the amounts part do not both have a row`);
  }
}
// A docs page renders every story of the element: none may take the reader's focus or scroll.
if (await docs('elements-support-amounts--docs', '.docblock-argstable-body tr')) {
  await page.waitForFunction(
    () => document.querySelectorAll('.docs-story support-amounts').length > 1,
    { timeout: 20_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const where = await page.evaluate(() => ({
    scrollY: window.scrollY,
    focused: document.activeElement?.tagName.toLowerCase(),
  }));
  if (where.scrollY > 0 || where.focused !== 'body') {
    problems.push(`support-amounts docs: scrolled to ${where.scrollY}, focus on ${where.focused}`);
  }
}
if (problems.length) failures.push(`docs site:\n    ${problems.join('\n    ')}`);

await browser.close();
server.close();
console.log(
  `Storybook: ${stories.length - failures.length} of ${stories.length} stories render without errors; the docs site opens on its introduction`,
);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
