// @ts-check
// Memory over 1,000 create/append/remove cycles of a full appeal (pages/memory.js).
//
// Method: 300 warm-up cycles (Lit's template cache, style sheets, the store's database,
// V8's optimized code and inline caches are created once per page and plateau within a few
// hundred cycles; they are not growth per appeal), then a baseline sample, then 10 batches of 100
// cycles with a sample after each. A sample is taken after a full GC (window.gc() from
// --js-flags=--expose-gc, then CDP HeapProfiler.collectGarbage twice): V8's used heap
// (Runtime.getHeapUsage) and Blink's live DOM nodes and JS event listeners
// (Memory.getDOMCounters). Growth = (last − baseline) / baseline; the growth over the last
// half of the cycles alone is reported too: a leak keeps growing there, a plateau does not.
import { freshPage } from './browser.mjs';

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {{ cycles: number, batch: number, warmup: number }} options
 */
export async function measureMemory(browser, origin, { cycles, batch, warmup }) {
  const { page, close } = await freshPage(browser);
  try {
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/memory.html`);
    await page.waitForFunction(() => 'runMemoryCycles' in window);
    // @ts-expect-error defined by pages/memory.js
    const run = (/** @type {number} */ n) => page.evaluate((n) => window.runMemoryCycles(n), n);
    const sample = async () => {
      // @ts-expect-error exposed by --expose-gc
      await page.evaluate(() => window.gc());
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await run(warmup);
    const baseline = await sample();
    const samples = [];
    for (let done = 0; done < cycles; done += batch) {
      await run(batch);
      samples.push({ cycles: done + batch, ...(await sample()) });
    }
    const last = samples[samples.length - 1] ?? baseline;
    const half = samples[Math.floor(samples.length / 2) - 1] ?? baseline;
    return {
      cycles,
      baseline,
      last,
      samples,
      heapGrowth: (last.heap - baseline.heap) / baseline.heap,
      bytesPerCycle: (last.heap - baseline.heap) / cycles,
      secondHalfGrowth: (last.heap - half.heap) / half.heap,
    };
  } finally {
    await close();
  }
}
