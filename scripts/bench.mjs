// @ts-check
// `npm run bench`: what support-kit costs a reader, against its budgets (BUDGETS in
// bench/size.mjs, TARGETS below) and the same appeal written in React 19 (react-baseline.mjs).
//
// Builds the drop-in, measures it (size in Node; everything else in Debian's headless
// Chromium through puppeteer-core, pages served from 127.0.0.1), prints one table and writes
// it as JSON to bench-results/ (latest.json and a timestamped copy). Exits 1 when any budget
// or target is missed. Each figure's method is described at the top of its module in
// scripts/bench/. BENCH_QUICK=1 takes fewer samples (for iterating; not for the README).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { demoArticleHtml } from './bench/article.mjs';
import { CHROMIUM, launch } from './bench/browser.mjs';
import { measureCls } from './bench/cls.mjs';
import { measureDecision } from './bench/decision.mjs';
import { measureMainThread } from './bench/main-thread.mjs';
import { measureMemory } from './bench/memory.mjs';
import { appealCopy, buildReactAppeal } from './bench/react.mjs';
import { measureReactBaseline } from './bench/react-baseline.mjs';
import { kitCss, sameLook } from './bench/react-look.mjs';
import { measureRender } from './bench/render.mjs';
import { startServer } from './bench/server.mjs';
import { brotliSize, kb, measureSizes } from './bench/size.mjs';

const quick = process.env.BENCH_QUICK === '1';
const SETTINGS = {
  decisionLoads: quick ? 6 : 25,
  // ≥ 20 loads per case where a target is judged (4×); 1× is informative
  react: { loads: { 1: quick ? 2 : 10, 4: quick ? 3 : 20 }, cpus: [1, 4], snoozedCpu: 4 },
  render: { samples: quick ? 20 : 60, warmup: 10 },
  mainThread: { loads: quick ? 2 : 5, amountClicks: 4, cpu: 4 },
  memory: { cycles: 1000, batch: 100, warmup: 300 },
};
export const TARGETS = {
  // kit ÷ React 19 at 4× CPU (a mid-range phone): a drop-in of plain elements should cost a
  // reader clearly less than a framework app of the same appeal, or it is not worth having
  ctaRatio: 0.8,
  workRatio: 0.75,
  snoozedWorkRatio: 0.25,
  cls: 0,
  interactionMs: 100,
  longTasks: 0,
  heapGrowth: 0.1,
};

/** @typedef {{ figure: string, case: string, result: string, target: string, ok: boolean | null }} Row */
/** @type {Row[]} */
const rows = [];
/** @param {string} figure @param {string} what @param {string} result @param {string} target @param {boolean | null} ok */
const row = (figure, what, result, target, ok) =>
  rows.push({ figure, case: what, result, target, ok });
const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;

console.log('building the drop-in…');
execFileSync(process.execPath, ['scripts/build-dropin.mjs'], { stdio: 'inherit' });

// ---- size (Node: esbuild + zlib; see bench/size.mjs) ----
const size = await measureSizes();
for (const r of size.rows) {
  const budget = size.budgets.find(
    (b) => b.name === 'drop-in brotli' && r.name.startsWith('drop-in'),
  );
  row(
    'size',
    r.name,
    `${kb(r.min)} min · ${kb(r.gzip)} gz · ${kb(r.brotli)} br`,
    budget ? `≤ ${kb(budget.budget)} br` : '',
    budget ? budget.actual <= budget.budget : null,
  );
}
const shareTotal = Object.values(size.shares).reduce((a, b) => a + b, 0);
row(
  'size',
  'drop-in split (minified bytes)',
  Object.entries(size.shares)
    .filter(([, bytes]) => bytes > 0)
    .map(([name, bytes]) => `${name} ${kb(bytes)} (${Math.round((bytes / shareTotal) * 100)} %)`)
    .join(' · '),
  '',
  null,
);

/**
 * The rows of the React comparison: ratios kit ÷ React of medians in the same run; targets at
 * the snoozed CPU rate (4×), the other rates informative.
 * @param {Awaited<ReturnType<typeof measureReactBaseline>>} results
 */
function reactRows(results) {
  const x = (/** @type {number} */ ratio) => `${ratio.toFixed(2)}×`;
  for (const { cpu, cases } of results) {
    const { kit, react } = cases;
    if (!kit || !react) continue;
    const judged = cpu === SETTINGS.react.snoozedCpu;
    const loads = `${kit.loads} loads each, ${cpu}× CPU`;
    const cta = /** @type {number} */ (kit.cta) / /** @type {number} */ (react.cta);
    row(
      'vs React 19',
      `CTA visible from navigation start, first-time reader, banner; ${loads}`,
      `median ${ms(/** @type {number} */ (kit.cta))} vs ${ms(/** @type {number} */ (react.cta))} = ${x(cta)}`,
      judged ? `≤ ${TARGETS.ctaRatio}×` : '(info)',
      judged ? cta <= TARGETS.ctaRatio : null,
    );
    const work = kit.wall.work / react.wall.work;
    row(
      'vs React 19',
      `main-thread work until the CTA is visible (JS incl. microtasks, style, layout; trace); ${loads}`,
      `${ms(kit.wall.work)} vs ${ms(react.wall.work)} = ${x(work)} · thread CPU time ${ms(kit.cpu.work)} vs ${ms(react.cpu.work)} = ${x(kit.cpu.work / react.cpu.work)}`,
      judged ? `≤ ${TARGETS.workRatio}×` : '(info)',
      judged ? work <= TARGETS.workRatio : null,
    );
    const split = (/** @type {typeof kit.wall} */ w) =>
      `JS ${ms(w.js)} · style ${ms(w.style)} · layout ${ms(w.layout)} (all tasks ${ms(w.busy)})`;
    row('vs React 19', `where it goes, kit; ${cpu}× CPU`, split(kit.wall), '(info)', null);
    row('vs React 19', `where it goes, React; ${cpu}× CPU`, split(react.wall), '(info)', null);
    const { 'kit snoozed': snoozed, 'react snoozed': reactSnoozed } = cases;
    if (snoozed) {
      const ratio = snoozed.wall.work / react.wall.work;
      row(
        'vs React 19',
        `snoozed reader: kit's work until it decides "suppressed" vs React's first-time reader; ${loads}`,
        `${ms(snoozed.wall.work)} vs ${ms(react.wall.work)} = ${x(ratio)} · thread CPU time ${x(snoozed.cpu.work / react.cpu.work)} · decided after ${ms(snoozed.decidedAt)}`,
        `≤ ${TARGETS.snoozedWorkRatio}×`,
        ratio <= TARGETS.snoozedWorkRatio,
      );
      row(
        'vs React 19',
        'snoozed reader: Intl formatters created · elements rendered in the appeal (most of any load)',
        `${snoozed.formatters} · ${snoozed.rendered} (${snoozed.decisions})`,
        'none · none',
        snoozed.formatters === 0 && snoozed.rendered === 0,
      );
    }
    if (reactSnoozed) {
      row(
        'vs React 19',
        `control: React's snoozed reader (localStorage, renders nothing); ${loads}`,
        `${ms(reactSnoozed.wall.work)} · decided after ${ms(reactSnoozed.decidedAt)}`,
        '(info)',
        null,
      );
    }
  }
}

// ---- the browser figures ----
const browser = await launch();
const version = await browser.version();
const articleHtml = await demoArticleHtml(browser);
const server = await startServer({ articleHtml });
// The React baseline gets the kit's own styles, then must look the same, or nothing is measured.
const reactAppeal = await buildReactAppeal(
  appealCopy(articleHtml),
  await kitCss(browser, server.origin),
);
server.setReactAppeal(reactAppeal);
const differences = await sameLook(browser, server.origin);
if (differences.length) {
  console.error(
    `The React baseline does not look like the kit (scripts/bench/react-look.mjs):\n  ${differences.join('\n  ')}`,
  );
  await server.close();
  await browser.close();
  process.exit(1);
}
row('vs React 19', 'the baseline looks like the kit (react-look.mjs)', 'same', 'same', true);
row(
  'size',
  'React 19 baseline (react-appeal.js, for comparison)',
  `${kb(reactAppeal.length)} min · ${kb(brotliSize(reactAppeal))} br`,
  '',
  null,
);
/** @type {Record<string, unknown>} */
const raw = { size };
try {
  console.log('decision time…');
  const decision = await measureDecision(browser, server.origin, SETTINGS.decisionLoads);
  raw.decision = decision;
  for (const d of decision) {
    row(
      'decision time',
      `${d.name} storage → ${d.outcome}, ${d.loads} loads`,
      `median ${ms(d.median)} · p95 ${ms(d.p95)}`,
      '',
      null,
    );
  }

  console.log('first render…');
  const render = await measureRender(browser, server.origin, SETTINGS.render);
  raw.render = render;
  row(
    'first render',
    `appeal vs createElement baseline, ${render.samples} each, interleaved`,
    `${ms(render.component)} vs ${ms(render.baseline)} = ${render.ratio.toFixed(2)}× (pairwise ${render.pairRatio.toFixed(2)}×)`,
    '(info)',
    null,
  );
  row(
    'first render',
    'first on the page (cold), same markup',
    `${ms(render.cold.component)} vs ${ms(render.cold.baseline)} · ${render.nodes.component} vs ${render.nodes.baseline} nodes`,
    '',
    null,
  );

  console.log('React 19 baseline…');
  const react = await measureReactBaseline(browser, server.origin, SETTINGS.react);
  raw.react = react;
  reactRows(react);

  console.log('layout shift…');
  const shifts = await measureCls(browser, server.origin);
  raw.cls = shifts;
  for (const s of shifts) {
    const ok = s.cls <= TARGETS.cls && s.state === 'shown';
    row(
      'layout shift (CLS)',
      `${s.scenario}, ${s.viewport}, +${s.delay} ms storage`,
      `${s.cls.toFixed(3)}${s.state === 'shown' ? '' : ` (appeal ${s.state})`}${s.sources.length ? ` · ${s.sources.join(', ')}` : ''}${s.belowFold === false && s.scenario.includes('below') ? ' · NOT below the fold' : ''}`,
      s.target ? '0.000' : '(info)',
      s.target ? ok : null,
    );
  }

  console.log('main thread (4× CPU throttling)…');
  const main = await measureMainThread(browser, server.origin, SETTINGS.mainThread);
  raw.mainThread = main;
  const longTasks = (/** @type {number[]} */ tasks) =>
    tasks.length ? `${tasks.length} (longest ${ms(Math.max(...tasks))})` : 'none';
  row(
    'main thread',
    `long tasks during load, ${main.loads} loads, ${main.cpu}× CPU`,
    longTasks(main.loadLongTasks),
    'none',
    main.loadLongTasks.length <= TARGETS.longTasks,
  );
  row(
    'main thread',
    `control: the same article without the kit, ${main.loads} loads`,
    longTasks(main.articleAloneLongTasks),
    '(info)',
    null,
  );
  row(
    'main thread',
    `control: a blank page formatting one amount with Intl, ${main.loads} loads`,
    longTasks(main.intlFloorLongTasks),
    '(info)',
    null,
  );
  for (const i of main.interactions) {
    row(
      'main thread',
      `${i.name === 'amount' ? 'choose an amount' : '"Remind me later"'}, ${i.count}×, ${main.cpu}× CPU`,
      `median ${ms(i.median)} · max ${ms(i.max)}`,
      `< ${TARGETS.interactionMs} ms`,
      i.max < TARGETS.interactionMs,
    );
  }
  row(
    'main thread',
    'long tasks during those interactions',
    longTasks(main.interactionLongTasks),
    'none',
    main.interactionLongTasks.length <= TARGETS.longTasks,
  );

  console.log('memory…');
  const memory = await measureMemory(browser, server.origin, SETTINGS.memory);
  raw.memory = memory;
  row(
    'memory',
    `${memory.cycles} create/append/remove cycles (after ${SETTINGS.memory.warmup} warm-up), heap after gc()`,
    `${kb(memory.baseline.heap)} → ${kb(memory.last.heap)} (${(memory.heapGrowth * 100).toFixed(1)} %, ${memory.bytesPerCycle.toFixed(0)} B/cycle; last 500: ${(memory.secondHalfGrowth * 100).toFixed(1)} %)`,
    `≤ ${TARGETS.heapGrowth * 100} %`,
    memory.heapGrowth <= TARGETS.heapGrowth,
  );
  row(
    'memory',
    'DOM nodes · JS event listeners (CDP)',
    `${memory.baseline.nodes} → ${memory.last.nodes} · ${memory.baseline.listeners} → ${memory.last.listeners}`,
    'back to baseline',
    memory.last.nodes <= memory.baseline.nodes &&
      memory.last.listeners <= memory.baseline.listeners,
  );
} finally {
  await server.close();
  await browser.close();
}

// ---- report ----
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ${version} (${CHROMIUM})`;
const status = (/** @type {boolean | null} */ ok) => (ok === null ? '' : ok ? 'ok' : 'FAIL');
const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|');
const table = [
  '| figure | case | result | target | |',
  '|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${cell(r.figure)} | ${cell(r.case)} | ${cell(r.result)} | ${cell(r.target)} | ${status(r.ok)} |`,
  ),
].join('\n');
console.log(`\n${table}\n\nMachine: ${machine}${quick ? ' — BENCH_QUICK: fewer samples' : ''}`);

const when = new Date().toISOString();
const json = JSON.stringify({ when, machine, quick, settings: SETTINGS, rows, raw }, null, 2);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', json);
writeFileSync(`bench-results/bench-${when.replace(/[:.]/g, '-')}.json`, json);
writeFileSync('bench-results/latest.md', `${table}\n\nMachine: ${machine}\n`);

const failed = rows.filter((r) => r.ok === false);
if (failed.length) {
  console.log(`\n${failed.length} budget(s) or target(s) missed:`);
  for (const r of failed)
    console.log(`  FAIL ${r.figure}: ${r.case} — ${r.result} (target ${r.target})`);
  process.exit(1);
}
console.log('\nevery budget and target met.');
