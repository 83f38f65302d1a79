// @ts-check
/**
 * The test server's part in test/security and test/interop:
 *
 * - `/__support-kit__/support-kit.js` — the drop-in as a site gets it: the bundle of
 *   packages/support-kit/index.ts with Lit and localforage inlined, minified, built in memory
 *   exactly as it ships (bundleDropIn in scripts/dropin-options.mjs). `?version=9.9.9` builds
 *   it with another VERSION (a "second copy of another version"); any other query (e.g.
 *   `?copy=2`) only makes the browser load a second, independent instance.
 * - `/__interop__/<name>.js` — test/interop/<name>.tsx or .ts bundled with React, Vue or Svelte
 *   (they ship CommonJS, need build-time flags or a compiler, so a bundle is what a site's build
 *   would produce). A test imports `./react-app.js`; the import is rewritten here, so TypeScript
 *   still checks the source.
 * - fixture pages, `test/security/fixtures/*.html` and `test/interop/fixtures/*.html`, served as a
 *   site would serve them: `?csp=<policy>` becomes a `Content-Security-Policy` header, the test
 *   server's own injected web-socket script is removed (a real page has none), and the comment
 *   `<!-- kits -->` becomes one `<script type="module">` per entry of `?kits=` (default
 *   `bundle`): `bundle`, `bundle@<version>`, `dev` (support-kit.dev.js, full warnings), `source`
 *   (the unbundled modules) or `none`.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DROP_IN_ENTRY, bundleDropIn, dropInDefine } from './dropin-options.mjs';

export const DROPIN_PATH = '/__support-kit__/support-kit.js';
/** support-kit.dev.js: the same bundle with the full warning sentences. */
const DEV_DROPIN_PATH = '/__support-kit__/support-kit.dev.js';
const INTEROP_PREFIX = '/__interop__/';
const FIXTURE_DIRS = ['/test/security/fixtures/', '/test/interop/fixtures/'];
const SOURCE_PATH = '/packages/support-kit/index.ts';

/** @type {Map<string, Promise<string>>} */
const bundles = new Map();

/** @param {string} key @param {() => Promise<string>} make */
function cached(key, make) {
  let result = bundles.get(key);
  if (!result) {
    result = make();
    bundles.set(key, result);
    result.catch(() => bundles.delete(key));
  }
  return result;
}

/** The drop-in, built as it ships; optionally claiming another version, or the dev build. */
async function dropInFor(/** @type {string | null} */ version, dev = false) {
  const { code } = await bundleDropIn({
    entryPoints: [DROP_IN_ENTRY],
    logLevel: 'silent',
    ...(version || dev ? { define: dropInDefine({ version: version ?? undefined, dev }) } : {}),
  });
  return code;
}

/**
 * Svelte components (`.svelte`) compiled by Svelte's own compiler, as svelte's bundler
 * plugins do; TypeScript in them is type annotations only, which the compiler strips.
 * @type {import('esbuild').Plugin}
 */
const svelteComponents = {
  name: 'svelte-components',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const { js } = compile(readFileSync(args.path, 'utf8'), {
        filename: args.path,
        generate: 'client',
      });
      return { contents: js.code, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/** A React, Vue or Svelte test app with its framework, as a site's build would bundle it. */
async function bundleApp(/** @type {string} */ entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: 'tsconfig.json',
    jsx: 'automatic',
    logLevel: 'silent',
    sourcemap: 'inline',
    plugins: [svelteComponents],
    // Vue's template compiler runs in the browser (templates are strings in the test apps).
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** @param {string} entry one `kits` entry @param {number} index its position */
function kitUrl(entry, index) {
  if (entry === 'source') return `${SOURCE_PATH}${index ? `?copy=${index}` : ''}`;
  if (entry === 'dev') return `${DEV_DROPIN_PATH}${index ? `?copy=${index}` : ''}`;
  const match = /^bundle(?:@([\w.-]+))?$/.exec(entry);
  if (!match)
    throw new Error(`kits: unknown entry "${entry}" (bundle, bundle@<version>, dev, source)`);
  const query = new URLSearchParams();
  if (match[1]) query.set('version', match[1]);
  if (index) query.set('copy', String(index));
  const search = query.toString();
  return `${DROPIN_PATH}${search ? `?${search}` : ''}`;
}

export function interopPlugin() {
  return {
    name: 'support-kit-interop',

    // Build the shipped drop-in while the browsers start: bundling with terser takes seconds
    // on a busy machine, and the first test that loads it must not spend its timeout on that.
    serverStart() {
      void cached('dropin:null', () => dropInFor(null));
      void cached('dropin:dev', () => dropInFor(null, true));
    },

    /** @param {{ source: string, context: { path: string } }} args */
    resolveImport({ source, context }) {
      if (!context.path.startsWith('/test/interop/')) return undefined;
      const app = /^\.\/([\w-]+-app)\.js$/.exec(source);
      return app ? `${INTEROP_PREFIX}${app[1]}.js` : undefined;
    },

    /** @param {{ path: string, query: Record<string, unknown> }} context */
    async serve(context) {
      if (context.path === DROPIN_PATH) {
        const version = typeof context.query.version === 'string' ? context.query.version : null;
        const body = await cached(`dropin:${version}`, () => dropInFor(version));
        return { body, type: 'js' };
      }
      if (context.path === DEV_DROPIN_PATH) {
        return { body: await cached('dropin:dev', () => dropInFor(null, true)), type: 'js' };
      }
      if (context.path.startsWith(INTEROP_PREFIX)) {
        const name = context.path.slice(INTEROP_PREFIX.length).replace(/\.js$/, '');
        if (!/^[\w-]+-app$/.test(name)) return undefined;
        const entry = ['tsx', 'ts']
          .map((ext) => resolve('test/interop', `${name}.${ext}`))
          .find((file) => existsSync(file));
        if (!entry) return undefined;
        const body = await cached(`app:${entry}`, () => bundleApp(entry));
        return { body, type: 'js' };
      }
      return undefined;
    },

    /**
     * @param {{ path: string, querystring: string, body: unknown,
     *   response: { is(type: string): unknown } }} context
     */
    transform(context) {
      if (!FIXTURE_DIRS.some((dir) => context.path.startsWith(dir))) return undefined;
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      const params = new URLSearchParams(context.querystring);
      const kits = (params.get('kits') ?? 'bundle')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry && entry !== 'none');
      const scripts = kits
        .map((entry, i) => `<script type="module" src="${kitUrl(entry, i)}"></script>`)
        .join('\n    ');
      const body = context.body
        .replace(
          /<!-- injected by web-dev-server -->\s*<script[^>]*__web-dev-server__web-socket\.js[^>]*><\/script>/,
          '',
        )
        .replace('<!-- kits -->', scripts);
      const csp = params.get('csp');
      return {
        body,
        headers: csp ? { 'content-security-policy': csp, 'cache-control': 'no-store' } : {},
        transformCache: false,
      };
    },
  };
}
