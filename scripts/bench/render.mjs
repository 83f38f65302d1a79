// @ts-check
// First render against the hand-written baseline: see pages/render.js for what one sample is.
// Node only loads the page and turns the samples into medians and their ratio.
import { freshPage } from './browser.mjs';
import { median } from './stats.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {{ samples: number, warmup: number }} options
 */
export async function measureRender(browser, origin, options) {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${origin}/render.html`);
    await page.waitForFunction(() => 'runRenderBench' in window);
    const result = await page.evaluate(
      // @ts-expect-error defined by pages/render.js
      (o) => window.runRenderBench(o),
      options,
    );
    const component = median(result.times.component);
    const baseline = median(result.times.baseline);
    // Ratio of medians, and the median of per-pair ratios (robust to drift over the run).
    const pairRatios = result.times.component.map(
      (/** @type {number} */ ms, /** @type {number} */ i) => ms / result.times.baseline[i],
    );
    return {
      samples: result.times.component.length,
      component,
      baseline,
      ratio: component / baseline,
      pairRatio: median(pairRatios),
      cold: result.cold,
      nodes: result.nodes,
    };
  } finally {
    await close();
  }
}
