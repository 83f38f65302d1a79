// Bundles the drop-in — packages/support-kit/index.ts with Lit and localforage inlined — into
// one minified ES module a site loads with <script type="module">.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DROP_IN_ENTRY, dropInOptions } from './dropin-options.mjs';

const outfile = 'packages/support-kit/dist/support-kit.js';
const result = await build({
  ...dropInOptions,
  entryPoints: [DROP_IN_ENTRY],
  outfile,
  metafile: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
mkdirSync('packages/support-kit/dist', { recursive: true });
writeFileSync('packages/support-kit/dist/meta.json', JSON.stringify(result.metafile));
writeFileSync('packages/support-kit/dist/index.d.ts', "export * from '@support-kit/elements';\n");
const bytes = result.metafile.outputs[outfile]?.bytes ?? 0;
console.log(`${outfile}: ${(bytes / 1024).toFixed(1)} KiB minified`);
