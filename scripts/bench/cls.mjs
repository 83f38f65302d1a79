// @ts-check
// Layout shift on the demo article: every viewport × variant × storage delay, one fresh
// browser context per load (empty storage, so the appeal decides to show).
//
// Method: pages/instrument.js collects every `layout-shift` entry from navigation on
// (buffered PerformanceObserver, installed before the drop-in). After the decision the bench
// waits for two frames and one more second, then computes CLS as defined by web-vitals: the
// largest session window (shifts < 1 s apart, window ≤ 5 s). The delay wraps IndexedDB's
// open() before the drop-in loads, so the appeal decides `delay` ms later than it would.
import { freshPage } from './browser.mjs';

export const VIEWPORTS = [
  { name: '1366×768', width: 1366, height: 768 },
  { name: '390×844', width: 390, height: 844 },
];
/**
 * `inline (below the fold)` uses the article at a usual length (long=1: its paragraphs three
 * times; the demo's ~200 words end inside the first screen at 1366×768).
 */
export const SCENARIOS = [
  { name: 'inline (below the fold)', query: 'variant=inline&long=1', target: true },
  { name: 'banner', query: 'variant=banner', target: true },
  { name: 'modal', query: 'variant=modal', target: true },
  // Informative: the end of the article is in view when the kit decides (the reader scrolled
  // there first), so the inline appeal appears inside the viewport and pushes what follows.
  { name: 'inline (in view at decision)', query: 'variant=inline&scroll=appeal', target: false },
];
export const DELAYS = [0, 300, 1000];

/** @param {{ value: number, at: number }[]} shifts */
export function cls(shifts) {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const { value, at } of [...shifts].sort((a, b) => a.at - b.at)) {
    if (at - previous >= 1000 || at - first >= 5000) {
      sum = 0;
      first = at;
    }
    sum += value;
    previous = at;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 */
export async function measureCls(browser, origin) {
  const rows = [];
  for (const scenario of SCENARIOS) {
    for (const viewport of VIEWPORTS) {
      for (const delay of DELAYS) {
        const { page, close } = await freshPage(browser, viewport);
        try {
          await page.goto(`${origin}/article.html?${scenario.query}&delay=${delay}`);
          await page.waitForFunction(() => window.__bench?.decision, { timeout: 15_000 });
          await page.evaluate(
            () =>
              new Promise((resolve) =>
                requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 1000))),
              ),
          );
          const result = await page.evaluate(() => {
            const appeal = document.querySelector('support-appeal');
            const box = appeal?.getBoundingClientRect();
            return {
              decision: window.__bench.decision,
              shifts: window.__bench.shifts,
              appealTop: box ? box.top + scrollY : null,
              state: appeal?.getAttribute('state'),
            };
          });
          rows.push({
            scenario: scenario.name,
            target: scenario.target,
            viewport: viewport.name,
            delay,
            state: result.state,
            belowFold: result.appealTop === null ? null : result.appealTop >= viewport.height,
            cls: cls(result.shifts),
            sources: [...new Set(result.shifts.flatMap((s) => s.sources))],
          });
        } finally {
          await close();
        }
      }
    }
  }
  return rows;
}
