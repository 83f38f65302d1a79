// @ts-check
// Packaging lint for the three published packages, on what `npm pack` would publish:
// publint (exports, files, fields) and Are The Types Wrong (types for each entry point and
// resolution mode). It checks what `npm run build` wrote and never builds itself: `npm test`
// runs the build as a step of its own before it, so a lint step is only a lint step.
//
// attw runs with `--profile esm-only`: the packages are ESM only ("type": "module", no
// `require` condition), as are Lit and every browser they target, so `require()` from CommonJS
// (node16-cjs) and the pre-exports resolver (node10) are out of scope by design; every
// ESM and bundler resolution is checked and must be clean.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const packages = ['packages/core', 'packages/elements', 'packages/support-kit'];
const unbuilt = packages.filter((dir) => !existsSync(`${dir}/dist`));
if (unbuilt.length > 0) {
  console.error(`lint-packages: no dist/ in ${unbuilt.join(', ')}: run \`npm run build\` first`);
  process.exit(1);
}
let failed = false;
for (const dir of packages) {
  for (const [bin, args] of [
    ['publint', ['--strict', dir]],
    ['attw', ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii']],
  ]) {
    try {
      execFileSync(`node_modules/.bin/${bin}`, args, { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failed = true;
      const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
        error
      );
      console.error(`lint-packages: ${bin} ${dir} failed\n${stdout}${stderr}`);
    }
  }
}
if (failed) process.exit(1);
console.log(`lint-packages: publint and attw clean for ${packages.join(', ')}`);
