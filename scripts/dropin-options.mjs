// @ts-check
// How the drop-in is bundled — one definition for the shipped build (build-dropin.mjs), the
// size budget (bench/size.mjs) and the tests that load the bundle (wtr-interop-plugin.mjs), so
// that what is measured and tested is what ships.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { minify } from 'terser';
import { localforageSlim } from './localforage-slim.mjs';
import { minifyCss } from './minify-css.mjs';
import { minifyHtml } from './minify-html.mjs';

export const DROP_IN_ENTRY = 'packages/support-kit/index.ts';

/** The drop-in's version: the one in its package.json, which Changesets bumps. */
export const DROP_IN_VERSION = /** @type {{ version: string }} */ (
  JSON.parse(readFileSync(new URL('../packages/support-kit/package.json', import.meta.url), 'utf8'))
).version;

/**
 * The esbuild/Vite `define` that gives packages/support-kit/index.ts its `VERSION`, so that the
 * version is never written by hand in the source. Also used by web-test-runner.config.mjs.
 */
export function versionDefine(version = DROP_IN_VERSION) {
  return { __SUPPORT_KIT_VERSION__: JSON.stringify(version) };
}

/**
 * The whole `define` of a drop-in build: its VERSION, and whether warnings keep their full
 * explanation (`DEV` in packages/core/src/warn.ts). support-kit.js is built with `dev: false`
 * (`<support-amounts>: ignoring amounts="2,x"`), support-kit.dev.js with `dev: true`
 * (`… — "x" is not a number. Using 2.`).
 * @param {{ version?: string, dev?: boolean }} [options]
 */
export function dropInDefine({ version = DROP_IN_VERSION, dev = false } = {}) {
  return { ...versionDefine(version), __SUPPORT_KIT_DEV__: JSON.stringify(dev) };
}

/** @type {import('esbuild').BuildOptions & { plugins: import('esbuild').Plugin[] }} */
export const dropInOptions = {
  bundle: true,
  format: 'esm',
  minify: true,
  // The browsers of the README's "Browser support": all run ES2022 classes natively (private
  // #fields and methods lowered to WeakMaps cost 7 % of our own minified bytes).
  target: ['es2022', 'chrome100', 'firefox100', 'safari16.4'],
  conditions: ['source'],
  legalComments: 'eof',
  tsconfig: 'tsconfig.json',
  define: dropInDefine(),
  plugins: [localforageSlim, minifyCss, minifyHtml],
};

/**
 * A second pass over esbuild's minified output: terser's compressor (safe transforms only,
 * two passes) inlines and folds what esbuild's single pass leaves, 4 % fewer brotli bytes.
 * Licence comments stay.
 * @type {import('terser').MinifyOptions}
 */
const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  format: { comments: 'some' },
};

/**
 * Bundles an entry exactly as the drop-in ships: esbuild with `dropInOptions` (and any
 * overrides, e.g. `external` or extra plugins), then terser. With `mapUrl`, a source map
 * through both steps comes back too, its paths relative to `overrides.outdir`.
 * @param {import('esbuild').BuildOptions} overrides
 * @param {{ mapUrl?: string }} [options]
 */
export async function bundleDropIn(overrides, { mapUrl } = {}) {
  const result = await build({
    ...dropInOptions,
    ...overrides,
    outdir: overrides.outdir ?? 'out', // in memory; source map paths are relative to it
    write: false,
    metafile: true,
    sourcemap: mapUrl ? 'external' : false,
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error(`esbuild wrote no JavaScript for ${String(overrides.entryPoints)}`);
  const esbuildMap = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  const output = await minify(js.text, {
    ...TERSER_OPTIONS,
    sourceMap:
      mapUrl && esbuildMap
        ? { content: esbuildMap.text, url: mapUrl, includeSources: true }
        : false,
  });
  if (typeof output.code !== 'string') throw new Error('terser returned no code');
  return {
    code: output.code,
    map: typeof output.map === 'string' ? output.map : undefined,
    metafile: result.metafile,
  };
}
