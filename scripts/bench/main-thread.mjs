// @ts-check
// Main thread under 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), on the demo article.
//
// - Long tasks during load: every `longtask` entry (> 50 ms) from navigation until one second
//   after the decision, per load; reported as the count over all loads and the longest.
// - Interactions, with real input from CDP (mouse press and release at the control's centre):
//   choosing an amount (alternating $10 and $25, several times per load) and "Remind me
//   later" (once per load, it hides the appeal). Latency is Event Timing's duration of the
//   interaction — input delay, handlers, and the next paint — the largest entry of its
//   interactionId. Event Timing only reports entries ≥ 16 ms: an interaction without an entry
//   took less than 16 ms and is counted as 16 ms.
// - Controls, for reading the long tasks (not for the pass/fail): each kit load is followed by
//   a load of the same article without the drop-in (same throttling, same wait), and one page
//   per load only formats one amount with Intl.NumberFormat — the first on a page builds ICU's
//   number formatting data, a cost any currency-formatting script pays once.
import { freshPage } from './browser.mjs';
import { median } from './stats.mjs';

const FLOOR = 16;

/** @param {import('puppeteer-core').Page} page */
const settle = (page, ms = 300) =>
  page.evaluate(
    (ms) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms))),
      ),
    ms,
  );

/**
 * Clicks `handle` and returns the interaction's latency (ms) and the long tasks during it.
 * @param {import('puppeteer-core').Page} page
 * @param {import('puppeteer-core').ElementHandle<Element>} handle
 */
async function interact(page, handle) {
  await handle.scrollIntoView();
  await settle(page, 100);
  const before = await page.evaluate(() => ({
    events: window.__bench.events.length,
    longTasks: window.__bench.longTasks.length,
  }));
  await handle.click();
  await settle(page);
  return page.evaluate((before) => {
    const entries = window.__bench.events.slice(before.events).filter((e) => e.interactionId > 0);
    return {
      latency: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
      longTasks: window.__bench.longTasks.slice(before.longTasks).map((t) => t.duration),
    };
  }, before);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {{ loads: number, amountClicks: number, cpu: number }} options
 */
export async function measureMainThread(browser, origin, { loads, amountClicks, cpu }) {
  /** @type {number[]} */
  const loadLongTasks = [];
  /** @type {Record<string, number[]>} */
  const latency = { amount: [], remindLater: [] };
  /** @type {number[]} */
  const interactionLongTasks = [];
  /** @type {number[]} */
  const articleAloneLongTasks = [];
  /** @type {number[]} */
  const intlFloorLongTasks = [];
  /** Long tasks of a control page, from navigation until a second after its work is done. */
  const controlLoad = async (/** @type {string} */ path, /** @type {number[]} */ into) => {
    const { page, close } = await freshPage(browser, { width: 1366, height: 768, cpu });
    try {
      await page.goto(`${origin}${path}`);
      if (path.startsWith('/intl'))
        await page.waitForFunction(() => window.__bench?.decision, { timeout: 30_000 });
      await settle(page, 1000);
      into.push(...(await page.evaluate(() => window.__bench.longTasks.map((t) => t.duration))));
    } finally {
      await close();
    }
  };
  for (let i = 0; i < loads; i++) {
    await controlLoad('/article.html?variant=inline&kit=0', articleAloneLongTasks);
    await controlLoad('/intl.html', intlFloorLongTasks);
    const { page, close } = await freshPage(browser, { width: 1366, height: 768, cpu });
    try {
      await page.goto(`${origin}/article.html?variant=inline`);
      await page.waitForFunction(() => window.__bench?.decision, { timeout: 30_000 });
      await settle(page, 1000);
      loadLongTasks.push(
        ...(await page.evaluate(() => window.__bench.longTasks.map((t) => t.duration))),
      );
      const option = (/** @type {number} */ index) =>
        page.evaluateHandle(
          (index) =>
            /** @type {Element} */ (
              document
                .querySelector('support-appeal')
                ?.shadowRoot?.querySelector('support-amounts')
                ?.shadowRoot?.querySelectorAll('fieldset.amounts label.option')[index]
            ),
          index,
        );
      for (let click = 0; click < amountClicks; click++) {
        const handle = await option(click % 2 ? 3 : 2);
        const result = await interact(page, handle);
        latency.amount.push(result.latency ?? FLOOR);
        interactionLongTasks.push(...result.longTasks);
      }
      const remind = await page.evaluateHandle(
        () =>
          /** @type {Element} */ (
            document
              .querySelector('support-appeal')
              ?.shadowRoot?.querySelector('support-remind-later')
              ?.shadowRoot?.querySelector('button')
          ),
      );
      const result = await interact(page, remind);
      latency.remindLater.push(result.latency ?? FLOOR);
      interactionLongTasks.push(...result.longTasks);
      const state = await page.evaluate(() =>
        document.querySelector('support-appeal')?.getAttribute('state'),
      );
      if (state !== 'suppressed') throw new Error(`"Remind me later" left the appeal ${state}`);
    } finally {
      await close();
    }
  }
  return {
    cpu,
    loads,
    loadLongTasks,
    articleAloneLongTasks,
    intlFloorLongTasks,
    interactionLongTasks,
    interactions: Object.entries(latency).map(([name, values]) => ({
      name,
      count: values.length,
      median: median(values),
      max: Math.max(...values),
    })),
  };
}
