// @ts-check
// Size of what a reader downloads: the drop-in and each element entry point, minified, gzip
// and brotli (level 11, as a CDN serves static files), plus what part of the drop-in is Lit,
// localforage and support-kit's own code.
//
// Method: each entry is bundled exactly like the shipped drop-in (bundleDropIn in
// scripts/dropin-options.mjs: esbuild with the slim localforage, then terser). "Own code" is
// the same bundle with Lit and localforage left external, so it is measured, not estimated.
// The Lit/localforage split of the full bundle comes from esbuild's metafile (minified bytes
// each input contributes, before terser's pass).
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { DROP_IN_ENTRY, bundleDropIn } from '../dropin-options.mjs';

/** The drop-in ≤ 24 KB brotli with Lit, localforage and the features to come: about what a
 * news page spends on one third-party widget. Own code is reported, without a limit. */
export const BUDGETS = {
  dropInBrotli: 24 * 1024,
};

const THIRD_PARTY = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/*',
  'localforage',
];

/** Brotli bytes of a text, as sizes() computes them. @param {string} text */
export const brotliSize = (text) => sizes(new TextEncoder().encode(text)).brotli;

/** @param {Uint8Array} bytes */
function sizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** @param {string} entry @param {string[]} [external] */
async function bundle(entry, external = []) {
  const { code, metafile } = await bundleDropIn({
    entryPoints: [entry],
    external,
    logLevel: 'error',
  });
  return { bytes: new TextEncoder().encode(code), metafile };
}

/** @param {string} path */
function origin(path) {
  if (/node_modules\/localforage\//.test(path)) return 'localforage';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'lit';
  if (path.startsWith('packages/')) return 'own';
  return 'other';
}

export async function measureSizes() {
  const full = await bundle(DROP_IN_ENTRY);
  const dropIn = sizes(full.bytes);
  const rows = [{ name: 'drop-in (support-kit.js)', ...dropIn }];
  for (const [name, entry] of [
    ['support-appeal.js', 'packages/elements/support-appeal.ts'],
    ['support-amounts.js', 'packages/elements/support-amounts.ts'],
    ['support-remind-later.js', 'packages/elements/support-remind-later.ts'],
  ]) {
    rows.push({ name, ...sizes((await bundle(entry)).bytes) });
  }
  const shares = { lit: 0, localforage: 0, own: 0, other: 0 };
  const output = Object.values(full.metafile.outputs).find((o) => o.entryPoint);
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    shares[origin(path)] += input.bytesInOutput;
  }
  const own = sizes((await bundle(DROP_IN_ENTRY, THIRD_PARTY)).bytes);
  rows.push({ name: 'own code only (Lit, localforage external)', ...own });
  const budgets = [{ name: 'drop-in brotli', actual: dropIn.brotli, budget: BUDGETS.dropInBrotli }];
  return { rows, shares, budgets };
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
