// Fails when shipped code uses Lit's unsafe directives (unsafeHTML, unsafeCSS, unsafeStatic,
// unsafeSVG): every string a site or a reader provides must stay text.
import { readdirSync, readFileSync } from 'node:fs';

const pattern = /\bunsafe(HTML|CSS|Static|SVG)\b/;
const offenders = readdirSync('packages', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !/(^|\/)(node_modules|dist)\//.test(file))
  .map((file) => `packages/${file}`)
  .filter((file) => pattern.test(readFileSync(file, 'utf8')));
if (offenders.length > 0) {
  console.error(`Unsafe Lit directives in shipped code:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('no unsafe Lit directives in packages/');
