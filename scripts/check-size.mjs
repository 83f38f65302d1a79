// The size budgets of issue 6, checked by `npm test`: exits non-zero when one is exceeded.
import { kb, measureSizes } from './bench/size.mjs';

const { rows, budgets } = await measureSizes();
console.table(
  Object.fromEntries(
    rows.map((r) => [r.name, { min: kb(r.min), gzip: kb(r.gzip), brotli: kb(r.brotli) }]),
  ),
);
let failed = false;
for (const { name, actual, budget } of budgets) {
  const ok = actual <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(actual)} (budget ${kb(budget)})`);
}
process.exit(failed ? 1 : 0);
