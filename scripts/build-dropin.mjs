// Bundles the drop-in — packages/support-kit/index.ts with Lit and localforage inlined — into
// one minified ES module a site loads with <script type="module">.
import { mkdirSync, writeFileSync } from 'node:fs';
import { DROP_IN_ENTRY, bundleDropIn } from './dropin-options.mjs';

const dir = 'packages/support-kit/dist';
const { code, map, metafile } = await bundleDropIn(
  { entryPoints: [DROP_IN_ENTRY], outdir: dir, logLevel: 'warning' },
  { mapUrl: 'support-kit.js.map' },
);
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/support-kit.js`, code);
if (map) writeFileSync(`${dir}/support-kit.js.map`, map);
writeFileSync(`${dir}/meta.json`, JSON.stringify(metafile));
writeFileSync(`${dir}/index.d.ts`, "export * from '@support-kit/elements';\n");
console.log(`${dir}/support-kit.js: ${(code.length / 1024).toFixed(1)} KiB minified`);
