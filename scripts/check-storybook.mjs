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
  await page.waitForFunction(() => location.search.includes('path=/docs/introduction--docs'), {
    timeout: 20_000,
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
    await page.waitForSelector(`h2#${id}`, { timeout: 10_000 });
  } catch {
    problems.push(`README page: no heading #${id}`);
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
