// @ts-check
// Decision time: from the drop-in's first statement (performance.mark prepended by the bench
// server) to the appeal's first support-show or support-suppress event, on the demo article.
//
// - fresh: a new browser context per load, so IndexedDB is empty (the database is created,
//   as on a reader's first visit);
// - snoozed: one context whose reader pressed "Remind me later" once; every measured load
//   reloads it, so the stored snooze is read and the appeal suppressed.
// - fresh with an article meta (the reading count is stored at idle time and must not delay
//   the decision) and fresh with an experiment (the group is resolved from the same read as
//   the campaign's record), beside plain fresh loads in the same run.
// The cases are interleaved load by load; the HTTP cache is off in all, so each load
// compiles the bundle the same way.
import { freshPage } from './browser.mjs';
import { median, p95 } from './stats.mjs';

/** @param {import('puppeteer-core').Page} page */
async function decisionOf(page) {
  await page.waitForFunction(() => window.__bench?.decision, { timeout: 10_000 });
  return page.evaluate(() => window.__bench.decision);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {number} loads
 */
export async function measureDecision(browser, origin, loads) {
  const url = `${origin}/article.html?variant=inline`;
  const snoozed = await freshPage(browser);
  await snoozed.page.goto(url);
  await decisionOf(snoozed.page);
  await snoozed.page.evaluate(() => document.querySelector('support-appeal').snooze());

  /** @type {Record<string, string>} */
  const freshCases = {
    fresh: url,
    'fresh, article meta': `${url}&article=1`,
    'fresh, experiment': `${url}&experiment=1`,
  };
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries([...Object.keys(freshCases), 'snoozed'].map((k) => [k, []]));
  /** @type {Record<string, string>} */
  const outcomes = {};
  for (let i = 0; i < loads; i++) {
    for (const [name, caseUrl] of Object.entries(freshCases)) {
      const fresh = await freshPage(browser);
      try {
        await fresh.page.goto(caseUrl);
        const decision = await decisionOf(fresh.page);
        times[name].push(decision.at - decision.start);
        outcomes[name] = decision.type;
      } finally {
        await fresh.close();
      }
    }
    await snoozed.page.reload();
    const decision = await decisionOf(snoozed.page);
    times.snoozed.push(decision.at - decision.start);
    outcomes.snoozed = `${decision.type} (${decision.reason})`;
  }
  await snoozed.close();
  return Object.entries(times).map(([name, values]) => ({
    name,
    outcome: outcomes[name],
    loads: values.length,
    median: median(values),
    p95: p95(values),
  }));
}
