// @ts-check
// How the drop-in is bundled — one definition for the shipped build (build-dropin.mjs), the
// size budget (bench/size.mjs) and the tests that load the bundle (wtr-interop-plugin.mjs), so
// that what is measured and tested is what ships.
import { localforageSlim } from './localforage-slim.mjs';
import { minifyCss } from './minify-css.mjs';
import { minifyHtml } from './minify-html.mjs';

export const DROP_IN_ENTRY = 'packages/support-kit/index.ts';

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
  plugins: [localforageSlim, minifyCss, minifyHtml],
};
