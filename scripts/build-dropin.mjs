// Bundles the drop-in — packages/support-kit/index.ts with Lit and localforage inlined — into
// one minified ES module a site loads with <script type="module">. Prints its size and its
// Subresource Integrity hash, and writes both beside it (support-kit.js.sri.json) for a site
// that serves it from a CDN with <script integrity=… crossorigin="anonymous">.
// Beside it, support-kit.dev.js: the same bundle with the full warning sentences (production
// warnings only name the element, attribute and value), for a site's development pages.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DROP_IN_ENTRY, DROP_IN_VERSION, bundleDropIn, dropInDefine } from './dropin-options.mjs';

const dir = 'packages/support-kit/dist';
const { code, map, metafile } = await bundleDropIn(
  { entryPoints: [DROP_IN_ENTRY], outdir: dir, logLevel: 'warning' },
  { mapUrl: 'support-kit.js.map' },
);
mkdirSync(dir, { recursive: true });
const bytes = Buffer.from(code, 'utf8'); // the exact bytes written, which the hash must match
writeFileSync(`${dir}/support-kit.js`, bytes);
if (map) writeFileSync(`${dir}/support-kit.js.map`, map);
writeFileSync(`${dir}/meta.json`, JSON.stringify(metafile));
writeFileSync(
  `${dir}/index.d.ts`,
  "export * from '@support-kit/elements';\n/** This package's version. */\nexport declare const VERSION: string;\n",
);
const dev = await bundleDropIn(
  {
    entryPoints: [DROP_IN_ENTRY],
    outdir: dir,
    logLevel: 'warning',
    define: dropInDefine({ dev: true }),
  },
  { mapUrl: 'support-kit.dev.js.map' },
);
writeFileSync(`${dir}/support-kit.dev.js`, dev.code);
if (dev.map) writeFileSync(`${dir}/support-kit.dev.js.map`, dev.map);
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const sri = { file: 'support-kit.js', version: DROP_IN_VERSION, bytes: bytes.length, integrity };
writeFileSync(`${dir}/support-kit.js.sri.json`, `${JSON.stringify(sri, null, 2)}\n`);
console.log(
  `${dir}/support-kit.js ${DROP_IN_VERSION}: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(1)} KiB minified)\n` +
    `  integrity="${integrity}" (also in ${dir}/support-kit.js.sri.json)\n` +
    `${dir}/support-kit.dev.js (full warnings): ${Buffer.byteLength(dev.code)} bytes`,
);
