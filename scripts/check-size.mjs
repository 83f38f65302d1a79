// The size check `npm test` runs. Two limits per figure:
// - the budget of issue 6 (drop-in ≤ 20 KB brotli, own code ≤ 6 KB): reported, not yet met;
// - a ceiling just above today's size: exceeding it fails `npm test`, so the bundle can only
//   shrink until it meets the budget. Lower a ceiling whenever a change makes the bundle
//   smaller; once a figure is within its budget, its ceiling becomes the budget.
import { kb, measureSizes } from './bench/size.mjs';

/** Brotli bytes; today's sizes (26.1 KB and 17.3 KB) plus about 1 %. */
const CEILINGS = {
  'drop-in brotli': 26.3 * 1024,
  'own code brotli': 17.4 * 1024,
};

const { rows, budgets } = await measureSizes();
console.table(
  Object.fromEntries(
    rows.map((r) => [r.name, { min: kb(r.min), gzip: kb(r.gzip), brotli: kb(r.brotli) }]),
  ),
);
let failed = false;
for (const { name, actual, budget } of budgets) {
  const ceiling = CEILINGS[/** @type {keyof typeof CEILINGS} */ (name)] ?? budget;
  const limit = Math.max(ceiling, budget);
  const overCeiling = actual > limit;
  failed ||= overCeiling;
  const status = overCeiling ? 'FAIL' : actual <= budget ? 'ok  ' : 'over budget';
  console.log(
    `${status} ${name}: ${kb(actual)} (budget ${kb(budget)}${limit > budget ? `, ceiling ${kb(limit)}` : ''})`,
  );
}
if (!failed && budgets.some((b) => b.actual > b.budget)) {
  console.log('Size budgets of issue 6 not met yet; the check fails only above the ceilings.');
}
process.exit(failed ? 1 : 0);
