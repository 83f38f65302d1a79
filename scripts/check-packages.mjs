// @ts-check
// The three packages as a site developer gets them: `npm pack` each (after `npm run build`),
// install the tarballs with Vite and TypeScript into a scratch project outside the repository,
// and check, in headless Chromium (and the drop-in page in Firefox too):
//   (a) a Vite build of a page that imports '@support-kit/elements/support-appeal.js',
//   (b) a plain HTML page loading node_modules/@support-kit/support-kit/dist/support-kit.js with
//       the integrity hash from support-kit.js.sri.json (a wrong hash would block the script),
// each showing an appeal whose call to action follows the reader's choice of amount; and
//   (c) a TypeScript file using the element classes, event types and HTMLElementTagNameMap
//       type-checks under `moduleResolution: bundler` and under `node16`;
// and, around them: every tarball holds README.md and LICENSE (elements also its editor data);
// the Vite page's bundle is within 1 KB brotli of the drop-in (the npm route carries what the
// drop-in carries); and package-lock.json is what `npm install` would write (so installing
// never dirties a clone) — on CI, a clean clone, the whole work tree must also be unchanged.
// Prints one pass/fail line per check and exits non-zero on any failure. Needs the registry
// (or npm's cache) for Vite and TypeScript. `--keep` leaves the scratch project in place.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PACKAGES = ['core', 'elements', 'support-kit'];
const root = resolve(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const name of PACKAGES) {
  if (!existsSync(join(root, 'packages', name, 'dist'))) {
    console.error(`check-packages: packages/${name}/dist is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

/** @type {string[]} */
const failures = [];
/** @param {string} name @param {() => Promise<void> | void} check */
async function step(name, check) {
  try {
    await check();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`  ✗ ${name}\n    ${String(error instanceof Error ? error.message : error)}`);
  }
}

/** @param {string} command @param {string[]} args @param {string} cwd */
function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Packing or installing failing is a failure too, with the same last line.
process.on('uncaughtException', (error) => {
  const { stderr = '' } = /** @type {{ stderr?: string }} */ (error);
  console.log(`check-packages: FAIL — ${error.message}\n${stderr}`);
  process.exit(1);
});

const scratch = mkdtempSync(join(tmpdir(), 'support-kit-packages-'));
const tarballs = join(scratch, 'tarballs');
const app = join(scratch, 'app');
mkdirSync(tarballs);
mkdirSync(join(app, 'src'), { recursive: true });
console.log(`check-packages: packing and installing into ${scratch}`);

// --- Pack and install ------------------------------------------------------------------
/** @type {Record<string, string>} */
const dependencies = {};
/** @type {Record<string, string[]>} files of each tarball, by package name */
const packedFiles = {};
for (const name of PACKAGES) {
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', tarballs], join(root, 'packages', name)),
  );
  dependencies[packed.name] = `file:${join(tarballs, packed.filename)}`;
  packedFiles[packed.name] = packed.files.map((/** @type {{ path: string }} */ f) => f.path);
}
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'support-kit-scratch',
      private: true,
      type: 'module',
      dependencies,
      // The workspace's own versions, so that npm's cache usually has them.
      devDependencies: {
        typescript: rootPackage.devDependencies.typescript,
        vite: rootPackage.devDependencies.vite,
      },
      // Internal dependencies resolve to the tarballs, never to a registry copy.
      overrides: {
        '@support-kit/core': dependencies['@support-kit/core'],
        '@support-kit/elements': dependencies['@support-kit/elements'],
      },
    },
    null,
    2,
  ),
);
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

// --- Pages -------------------------------------------------------------------------------
const APPEAL = `<support-appeal org="The Scratch Times" campaign="packed"
  checkout-url="https://example.org/donate?amount={amount}&frequency={frequency}"></support-appeal>`;
writeFileSync(
  join(app, 'index.html'),
  `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Vite</title><main><p>Article.</p>${APPEAL}</main>
<script type="module" src="/src/main.ts"></script></html>\n`,
);
writeFileSync(join(app, 'src/main.ts'), "import '@support-kit/elements/support-appeal.js';\n");
const sri = JSON.parse(
  readFileSync(
    join(app, 'node_modules/@support-kit/support-kit/dist/support-kit.js.sri.json'),
    'utf8',
  ),
);
writeFileSync(
  join(app, 'plain.html'),
  `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Drop-in</title><main><p>Article.</p>${APPEAL}</main>
<script type="module" src="/node_modules/@support-kit/support-kit/dist/support-kit.js"
  integrity="${sri.integrity}" crossorigin="anonymous"></script></html>\n`,
);

// --- Types -------------------------------------------------------------------------------
writeFileSync(
  join(app, 'src/types.ts'),
  `import '@support-kit/elements/support-appeal.js';
import {
  SupportAmounts,
  SupportAppeal,
  SupportRemindLater,
  type SupportCheckoutEvent,
} from '@support-kit/elements';
import { VERSION } from '@support-kit/support-kit';

const appeal: SupportAppeal = document.createElement('support-appeal');
const amounts: SupportAmounts | null = appeal.querySelector('support-amounts');
const remind: SupportRemindLater | null = document.querySelector('support-remind-later');
appeal.addEventListener('support-checkout', (event: SupportCheckoutEvent) => {
  const amount: number | null = event.detail.amount;
  console.log(amount, event.detail.url);
});
document.addEventListener('support-snooze', (event) => console.log(event.detail.until));
// @ts-expect-error the state is a string union: the types are real, not \`any\`
const wrong: number = appeal.state;
console.log(VERSION.length, amounts?.value, remind, wrong, appeal instanceof SupportAppeal);
`,
);
for (const resolution of ['bundler', 'node16']) {
  writeFileSync(
    join(app, `tsconfig.${resolution}.json`),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: resolution === 'bundler' ? 'ESNext' : 'Node16',
        moduleResolution: resolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        types: [],
        // Lit's own declarations are not ours to check; ours are reached through the imports.
        skipLibCheck: true,
      },
      files: ['src/types.ts'],
    }),
  );
}

// --- Checks ------------------------------------------------------------------------------
await step(
  'package-lock.json is what `npm install` writes (installing leaves a clone clean)',
  () => {
    // In a copy of the manifests, so that nothing here touches the work tree or node_modules.
    const copy = join(scratch, 'lock');
    for (const dir of ['', ...PACKAGES.map((name) => `packages/${name}`)]) {
      mkdirSync(join(copy, dir), { recursive: true });
      copyFileSync(join(root, dir, 'package.json'), join(copy, dir, 'package.json'));
    }
    copyFileSync(join(root, 'package-lock.json'), join(copy, 'package-lock.json'));
    run(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
      ],
      copy,
    );
    if (
      readFileSync(join(copy, 'package-lock.json'), 'utf8') !==
      readFileSync(join(root, 'package-lock.json'), 'utf8')
    ) {
      throw new Error(
        '`npm install` would rewrite package-lock.json: run it and commit the lock file',
      );
    }
    // A developer's own uncommitted work is theirs; CI's clone must be exactly what was committed
    // after `npm ci` and the build.
    if (process.env.CI) {
      const status = run('git', ['status', '--porcelain'], root).trim();
      if (status) throw new Error(`the work tree changed after install and build:\n${status}`);
    }
  },
);

await step('every tarball holds README.md and LICENSE; elements its editor data', () => {
  for (const [name, files] of Object.entries(packedFiles)) {
    const expected = ['README.md', 'LICENSE'];
    if (name === '@support-kit/elements') {
      expected.push('custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json');
    }
    const missing = expected.filter((file) => !files.includes(file));
    if (missing.length > 0) throw new Error(`${name} lacks ${missing.join(', ')}`);
  }
});

for (const resolution of ['bundler', 'node16']) {
  await step(`types check under moduleResolution: ${resolution}`, () => {
    try {
      run(join(app, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`], app);
    } catch (error) {
      throw new Error(String(/** @type {{ stdout?: string }} */ (error).stdout ?? error));
    }
  });
}

await step('vite build of a page importing @support-kit/elements/support-appeal.js', () => {
  run(join(app, 'node_modules/.bin/vite'), ['build', '--base', './', '--logLevel', 'error'], app);
});

await step('the Vite bundle is within 1 KB brotli of the drop-in', () => {
  const brotli = (/** @type {string} */ file) => brotliCompressSync(readFileSync(file)).length;
  const assets = join(app, 'dist/assets');
  const vite = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + brotli(join(assets, file)), 0);
  const dropIn = brotli(join(app, 'node_modules/@support-kit/support-kit/dist/support-kit.js'));
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const figures = `Vite ${kb(vite)}, drop-in ${kb(dropIn)} brotli`;
  if (vite > dropIn + 1024) throw new Error(`${figures}: the npm route carries more`);
  console.log(`    ${figures}`);
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(app, path));
    response.writeHead(200, {
      'content-type': types[/** @type {keyof types} */ (extname(path))] ?? 'text/plain',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

/**
 * Opens a page and checks what a reader sees: the appeal shows, its call to action reads
 * "Give $5 a month", and after choosing $10 it reads "Give $10 a month" and links there.
 * @param {import('puppeteer-core').Browser} browser @param {string} url
 */
async function expectWorkingAppeal(browser, url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('support-appeal[state="shown"]', { timeout: 15_000 });
    const cta = () =>
      page.evaluate(() => {
        const link = document.querySelector('support-appeal')?.shadowRoot?.querySelector('.cta');
        return { text: link?.textContent?.trim(), href: link?.getAttribute('href') };
      });
    const before = await cta();
    if (before.text !== 'Give $5 a month') throw new Error(`CTA reads ${JSON.stringify(before)}`);
    await page.evaluate(() => {
      const amounts = document
        .querySelector('support-appeal')
        ?.shadowRoot?.querySelector('support-amounts');
      const ten = [...(amounts?.shadowRoot?.querySelectorAll('input') ?? [])].find(
        (input) => input.value === '10',
      );
      if (!ten) throw new Error('no $10 option');
      ten.click();
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('support-appeal')
          ?.shadowRoot?.querySelector('.cta')
          ?.textContent?.trim() === 'Give $10 a month',
      { timeout: 5_000 },
    );
    const after = await cta();
    if (!after.href?.includes('amount=10')) throw new Error(`CTA links to ${after.href}`);
    if (problems.length > 0) throw new Error(problems.join('\n    '));
  } finally {
    await page.close();
  }
}

const chromium = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  await step('Chromium: the Vite-built page shows a working appeal', () =>
    expectWorkingAppeal(chromium, `${base}/dist/index.html`),
  );
  await step('Chromium: the plain page with the drop-in (and its integrity hash) too', () =>
    expectWorkingAppeal(chromium, `${base}/plain.html`),
  );
} finally {
  await chromium.close();
}
if (existsSync(FIREFOX)) {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
  });
  try {
    await step('Firefox: the plain page with the drop-in shows a working appeal', () =>
      expectWorkingAppeal(firefox, `${base}/plain.html`),
    );
  } finally {
    await firefox.close();
  }
} else {
  console.log(`  - Firefox not found at ${FIREFOX}: skipped`);
}
server.close();

if (!process.argv.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
if (failures.length > 0) {
  console.log(`check-packages: FAIL — ${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(
  'check-packages: PASS — the packed core, elements and support-kit install, build, type-check and work in a browser',
);
