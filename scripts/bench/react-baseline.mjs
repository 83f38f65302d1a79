// @ts-check
// The kit against the React 19 baseline (react/appeal.jsx, built by react.mjs) on the same
// demo article, banner variant (fixed at the bottom: in view at load), at 1× and 4× CPU.
//
// Loads alternate kit, React, kit, React… (and, at the snoozed CPU rate, a snoozed reader of
// each), each in a fresh browser context with the HTTP cache off, so every load fetches,
// compiles and runs its script as on a first visit. pages/instrument.js (watch=cta) records:
// - CTA visible: performance.now() (from navigation start) in the first animation frame in
//   which the call to action has a non-empty box — the kit's [part=cta] in the appeal's shadow
//   root, React's in #appeal-root; a user-timing mark `bench:cta` at the same moment;
// - for a reader who sees nothing, the mark `bench:decided` when the kit suppressed the
//   appeal (support-suppress) or the React script found its snooze;
// - Intl constructors called (NumberFormat, DisplayNames, PluralRules, DateTimeFormat),
//   counted from before either script loads.
// Main-thread work (trace.mjs): JS including microtasks, style and layout on the renderer
// main thread from navigation start to that mark, from a Chromium trace of the load.
//
// Snoozed reader: the context first loads the page unthrottled and snoozes — the kit through
// appeal.snooze() (its own IndexedDB record), React through its "Remind me later" button
// (its localStorage record) — then the measured load reloads it, throttled and traced.
import { freshPage } from './browser.mjs';
import { median } from './stats.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from './trace.mjs';

/** @typedef {import('./trace.mjs').Work} Work */
/** @typedef {{ cta: number | null, decidedAt: number, work: { wall: Work, cpu: Work }, intl: Record<string, number>, rendered: number, decision: string }} Load */

/** @param {import('puppeteer-core').Page} page */
const done = (page) =>
  page.evaluate(() =>
    Promise.race([
      window.__bench.done,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('no CTA, no decision')), 20_000),
      ),
    ]),
  );

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {{ app: 'kit' | 'react', cpu: number, snoozed: boolean }} options
 * @returns {Promise<Load>}
 */
async function load(browser, origin, { app, cpu, snoozed }) {
  const url = `${origin}/article.html?variant=banner&watch=cta${app === 'react' ? '&app=react' : ''}`;
  const { page, close } = await freshPage(browser, { cpu: snoozed ? 1 : cpu });
  try {
    if (snoozed) {
      await page.goto(url);
      await done(page);
      await page.evaluate(async () => {
        const appeal = document.querySelector('support-appeal');
        // @ts-expect-error the kit's element
        if (appeal) await appeal.snooze();
        else
          /** @type {HTMLElement} */ (
            document.querySelector('#appeal-root .sk-remind-later button')
          ).click();
      });
      if (cpu !== 1) {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      }
    }
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url);
    await done(page);
    const trace = await page.tracing.stop();
    const result = await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const appeal = document.querySelector('support-appeal');
              const root = appeal ? appeal.shadowRoot : document.getElementById('appeal-root');
              resolve({
                cta: window.__bench.cta ?? null,
                decidedAt: window.__bench.decision?.at ?? NaN,
                decision: window.__bench.decision?.type ?? 'none',
                intl: window.__bench.intl,
                // elements the appeal rendered (the kit: in its shadow root, nested ones too)
                rendered: root ? root.querySelectorAll('*').length : 0,
              });
            }),
          ),
        ),
    );
    const work = mainThreadWork(trace, result.cta === null ? 'bench:decided' : 'bench:cta');
    return { ...result, work };
  } finally {
    await close();
  }
}

/** @param {Load[]} loads */
function summary(loads) {
  /** @param {(l: Load) => number} pick */
  const med = (pick) => median(loads.map(pick));
  /** @param {'wall' | 'cpu'} clock */
  const work = (clock) => ({
    work: med((l) => l.work[clock].work),
    js: med((l) => l.work[clock].js),
    style: med((l) => l.work[clock].style),
    layout: med((l) => l.work[clock].layout),
    busy: med((l) => l.work[clock].busy),
  });
  return {
    loads: loads.length,
    cta: loads.every((l) => l.cta !== null) ? med((l) => /** @type {number} */ (l.cta)) : null,
    decidedAt: med((l) => l.decidedAt),
    wall: work('wall'),
    cpu: work('cpu'),
    formatters: Math.max(...loads.map((l) => Object.values(l.intl).reduce((a, b) => a + b, 0))),
    rendered: Math.max(...loads.map((l) => l.rendered)),
    decisions: [...new Set(loads.map((l) => l.decision))].join(', '),
    samples: loads,
  };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {{ loads: Record<number, number>, cpus: number[], snoozedCpu: number }} options
 *   loads: per CPU rate, loads of each case
 */
export async function measureReactBaseline(browser, origin, { loads, cpus, snoozedCpu }) {
  const results = [];
  for (const cpu of cpus) {
    const cases = [
      { name: 'kit', app: /** @type {const} */ ('kit'), snoozed: false },
      { name: 'react', app: /** @type {const} */ ('react'), snoozed: false },
      ...(cpu === snoozedCpu
        ? [
            { name: 'kit snoozed', app: /** @type {const} */ ('kit'), snoozed: true },
            { name: 'react snoozed', app: /** @type {const} */ ('react'), snoozed: true },
          ]
        : []),
    ];
    /** @type {Record<string, Load[]>} */
    const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
    for (let i = 0; i < (loads[cpu] ?? 0); i++) {
      for (const c of cases) samples[c.name]?.push(await load(browser, origin, { ...c, cpu }));
    }
    results.push({
      cpu,
      cases: Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summary(s)])),
    });
  }
  return results;
}
