// @ts-check
/**
 * `chromium-profile-residue` server command: what a device holder could recover from
 * Chromium's own files after a reader used the kit and then its erase controls.
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   const report = await executeServerCommand('chromium-profile-residue', { origin });
 *
 * Node-side: it launches a Chromium of its own (Debian's, through puppeteer-core) with a fresh
 * temporary profile folder, whichever engine runs the test that asks. In that profile it opens
 * three article pages of this test server (`/__profile__/<slug>`, each with its own
 * `<meta name="support-kit:article">` and the shipped drop-in), waits until each read is
 * stored, snoozes the appeal, then presses `<support-privacy>`'s "Stop counting my reading"
 * and "Forget all of it", closes the browser (which flushes its files) and searches every
 * file of the profile, as raw bytes, for what would name the articles:
 *
 * - the article ids and the page paths, in one-byte and two-byte (UTF-16) form, as V8 and
 *   the storage backends write strings;
 * - `salt`, the field name of the reader record's salt in earlier versions, and the hashes
 *   earlier versions stored: cyrb53 of salt + id (see `oldHash`) for every salt found in the
 *   files and for none, plus an 8-hex-character SHA-256 prefix of each id and path.
 *
 * Answers `{ findings, kitFiles, files }`: findings as `{ file, needle, what }`, `kitFiles` the
 * profile files that hold the kit's own database name (a check that the search reads the
 * files the kit's records are in), `files` every file with its size.
 *
 * The browser's own records of the visit (history, HTTP cache, session restore) name the
 * pages whatever a site does; they are searched for the article ids too but listed apart
 * (`browserOwn`), since only the reader's "clear browsing data" reaches them.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { DROPIN_PATH } from './wtr-interop-plugin.mjs';
import { leveldbTableText } from './leveldb-table.mjs';

const PAGE_PREFIX = '/__profile__/';
/** Distinct, recognisable ids; each page's path is its own, different from its id. */
export const ARTICLES = [
  { slug: 'river-blockade-report', id: 'canary-article-7f3a-river-blockade' },
  { slug: 'court-transcript-leak', id: 'canary-article-91c4-court-transcript' },
  { slug: 'exiled-editor-interview', id: 'canary-article-c2e8-exiled-editor' },
];
const CAMPAIGN = 'profile-check';

/**
 * Files the browser writes about a visit whatever the page does: history, the HTTP and code
 * caches, session restore, favicons, the URL-keyed metrics of the segmentation platform. Paths
 * relative to the profile folder.
 */
const BROWSER_OWN =
  /^(Default\/)?(History|History-journal|Visited Links|Top Sites|Top Sites-journal|Favicons|Favicons-journal|Shortcuts|Shortcuts-journal|Network Action Predictor|Network Action Predictor-journal|DIPS|DIPS-journal|Cache\/|Code Cache\/|GPUCache\/|Sessions\/|Current Session|Current Tabs|Last Session|Last Tabs|Sessions_Encrypted\/)|^segmentation_platform\//;

/** An article page as a site serves it: the meta, an appeal, its snooze button, the panel. */
function articlePage(/** @type {{ id: string, slug: string }} */ article) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="support-kit:article" content="${article.id}" />
    <title>An article</title>
    <script type="module" src="${DROPIN_PATH}"></script>
  </head>
  <body>
    <support-appeal org="The Daily Example" campaign="${CAMPAIGN}" amounts="5,10"
      checkout-url="https://donate.example/give?amount={amount}">
      <span slot="heading">Support the Daily Example</span>
      <p>Readers keep us going.</p>
    </support-appeal>
    <h1>An article</h1>
    <support-remind-later campaign="${CAMPAIGN}-later"></support-remind-later>
    <support-privacy></support-privacy>
  </body>
</html>`;
}

/**
 * cyrb53 of salt + NUL + id in base 36: the hash the reader record kept of each article read
 * in the last 24 hours before it stopped keeping any (a copy, so the check needs no old code).
 */
export function oldHash(/** @type {string} */ id, /** @type {string} */ salt) {
  const text = `${salt}\u0000${id}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** @param {string} dir @returns {Promise<string[]>} every file below `dir` */
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return files.flat();
}

/**
 * The byte forms a string takes in the profile's files: one byte a character (V8's one-byte
 * strings, JSON), UTF-16 little-endian (V8's two-byte strings, DOM storage) and big-endian
 * (Chromium's IndexedDB keys and names).
 */
const forms = (/** @type {string} */ text) => [
  Buffer.from(text, 'latin1'),
  Buffer.from(text, 'utf16le'),
  Buffer.from(text, 'utf16le').swap16(),
];

/**
 * Salts of earlier reader records: V8 writes the key `salt` then a one-byte string's tag and
 * length before the value; the session copy is JSON.
 */
function saltsIn(/** @type {Buffer} */ bytes) {
  const found = new Set();
  const text = bytes.toString('latin1');
  for (const match of text.matchAll(/salt(?:"[\s\S]|":")([0-9a-z]{1,16})/g)) found.add(match[1]);
  return found;
}

/** Reads with the reader's own clicks, in a fresh profile; answers where the ids went. */
async function residue(/** @type {string} */ origin) {
  const profile = await mkdtemp(join(tmpdir(), 'sk-residue-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      userDataDir: profile,
      timeout: 120_000,
    });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(30_000);
      const summaryText = () =>
        page.evaluate(
          () =>
            document.querySelector('support-privacy')?.shadowRoot?.querySelector('[part=summary]')
              ?.textContent ?? '(no panel)',
        );
      const waitForSummary = (/** @type {RegExp} */ pattern) =>
        page
          .waitForFunction(
            (source) =>
              new RegExp(source).test(
                document
                  .querySelector('support-privacy')
                  ?.shadowRoot?.querySelector('[part=summary]')?.textContent ?? '',
              ),
            { polling: 100 },
            pattern.source,
          )
          .catch(async () => {
            throw new Error(`the panel never said ${pattern}: "${await summaryText()}"`);
          });
      const click = (/** @type {string} */ host, /** @type {string} */ label = '') =>
        page.evaluate(
          (tag, text) => {
            const buttons = document.querySelector(tag)?.shadowRoot?.querySelectorAll('button');
            const button = [...(buttons ?? [])].find((each) => each.textContent?.includes(text));
            if (!button) throw new Error(`${tag}: no button "${text}"`);
            button.click();
          },
          host,
          label,
        );

      for (const [index, article] of ARTICLES.entries()) {
        await page.goto(`${origin}${PAGE_PREFIX}${article.slug}`, { waitUntil: 'load' });
        // The read is stored at idle time after load; the panel shows it once it is.
        const reads = index + 1;
        await waitForSummary(new RegExp(`read ${reads} articles?`));
      }
      // The button's own method, then the panel reads the records again: a click's snooze is
      // written without a promise to wait for.
      await page.evaluate(async () => {
        const later = /** @type {any} */ (document.querySelector('support-remind-later'));
        await later.snooze();
        await /** @type {any} */ (document.querySelector('support-privacy')).refresh();
      });
      await waitForSummary(/hid one appeal|one appeal you hid/);
      await click('support-privacy', 'Stop counting');
      await waitForSummary(/Your reading is not counted/);
      await click('support-privacy', 'Forget all of it');
      await page.waitForFunction(
        () =>
          /Forgotten/.test(
            document.querySelector('support-privacy')?.shadowRoot?.querySelector('[part=status]')
              ?.textContent ?? '',
          ),
        { polling: 100 },
      );
    } finally {
      await browser.close();
    }

    const paths = await walk(profile);
    // LevelDB tables are searched uncompressed too: Snappy stores a string repeated in a
    // block (three ids with one prefix) as a back-reference a byte search would not match.
    const contents = await Promise.all(
      paths.map(async (path) => {
        const bytes = await readFile(path);
        if (!/\.(ldb|sst)$/.test(path)) return bytes;
        try {
          return Buffer.concat([bytes, leveldbTableText(bytes)]);
        } catch {
          return bytes;
        }
      }),
    );
    const salts = new Set(contents.flatMap((bytes) => [...saltsIn(bytes)]));
    /** @type {Array<{ needle: string, what: string }>} */
    const needles = [
      // The key as V8 serializes it (one-byte string of length 4) and as JSON writes it.
      { needle: '"\u0004salt', what: 'the old salt field' },
      { needle: '"salt":', what: 'the old salt field' },
    ];
    for (const article of ARTICLES) {
      const path = `${PAGE_PREFIX}${article.slug}`;
      needles.push({ needle: article.id, what: 'article id' }, { needle: path, what: 'page path' });
      for (const salt of ['', ...salts]) {
        needles.push({ needle: oldHash(article.id, salt), what: `old hash (salt "${salt}")` });
      }
      for (const text of [article.id, path, `${origin}${path}`]) {
        const sha = createHash('sha256').update(text).digest('hex').slice(0, 8);
        needles.push({ needle: sha, what: `SHA-256 prefix of ${text}` });
      }
    }
    /** @type {Array<{ file: string, needle: string, what: string, browserOwn: boolean }>} */
    const findings = [];
    const files = [];
    const kitFiles = [];
    const kitName = forms('support-kit');
    for (const [i, path] of paths.entries()) {
      const file = relative(profile, path);
      const bytes = contents[i];
      files.push({ file, size: (await stat(path)).size });
      // Logs name the database too; the records are in the table and journal files.
      const data = /\.(log|ldb)$/.test(file) && !/\/LOG$/.test(file);
      if (data && kitName.some((form) => bytes.includes(form))) kitFiles.push(file);
      for (const { needle, what } of needles) {
        if (forms(needle).some((form) => bytes.includes(form))) {
          findings.push({ file, needle, what, browserOwn: BROWSER_OWN.test(file) });
        }
      }
    }
    const report = { findings, kitFiles, files, salts: [...salts] };
    // PROFILE_RESIDUE_REPORT=<file>: the whole answer, and the profile folder kept, for
    // reading by hand.
    const out = process.env.PROFILE_RESIDUE_REPORT;
    if (out) await writeFile(out, JSON.stringify({ profile, ...report }, null, 1));
    return report;
  } finally {
    if (!process.env.PROFILE_RESIDUE_REPORT) await rm(profile, { recursive: true, force: true });
  }
}

/** The run under way or done, shared by every session. @type {Map<string, Promise<object>>} */
const runs = new Map();
const ONE_RUN = 'one run for every engine';

export function profilePlugin() {
  return {
    name: 'support-kit-profile',

    /** @param {{ path: string }} context */
    serve(context) {
      if (!context.path.startsWith(PAGE_PREFIX)) return undefined;
      const slug = context.path.slice(PAGE_PREFIX.length);
      const article = ARTICLES.find((each) => each.slug === slug);
      return article ? { body: articlePage(article), type: 'html' } : undefined;
    },

    /** @param {{ command: string, payload: any }} context */
    async executeCommand({ command, payload }) {
      if (command !== 'chromium-profile-residue') return undefined;
      const origin = payload?.origin;
      if (typeof origin !== 'string') throw new Error('chromium-profile-residue: pass { origin }');
      // A browser command must answer within 20 s; the run takes longer. The first call starts
      // it, and each call answers its result or, after 10 s, `{ pending: true }` to ask again.
      // One run serves every engine of a test run: the profile searched is always Chromium's,
      // whichever browser asks, so a second and third run would only repeat it.
      let run = runs.get(ONE_RUN);
      if (!run) {
        run = residue(origin);
        runs.set(ONE_RUN, run);
        run.catch(() => undefined);
      }
      return Promise.race([
        run,
        new Promise((resolve) => setTimeout(resolve, 10_000, { pending: true })),
      ]);
    },
  };
}
