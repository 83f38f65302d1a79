// @ts-check
// Writes packages/core/dist/localforage.js (after `tsc` has compiled packages/core/src/
// localforage.ts, a plain re-export of the package): localforage built from its own ES
// sources with the drop-in's slimming (scripts/localforage-slim.mjs) — the IndexedDB driver
// and the whole LocalForage API, without the WebSQL and localStorage drivers and the `lie`
// Promise polyfill that its UMD `main` carries. Every bundler of @support-kit/core then ships
// the localforage the drop-in ships. Not minified: the site's bundler does that.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { localforageSlim } from './localforage-slim.mjs';

const out = 'packages/core/dist/localforage.js';
const { version } = JSON.parse(readFileSync('node_modules/localforage/package.json', 'utf8'));
const result = await build({
  stdin: { contents: "export { default } from 'localforage';", resolveDir: 'packages/core' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
  plugins: [localforageSlim],
  banner: {
    js:
      `/*! localForage ${version} (IndexedDB driver only) — https://localforage.github.io/localForage\n` +
      '    (c) 2013-2017 Mozilla, Apache License 2.0 */',
  },
});
writeFileSync(out, result.outputFiles[0].text);
console.log(
  `${out}: localforage ${version}, IndexedDB only (${result.outputFiles[0].contents.length} bytes)`,
);
