// @ts-check
// Debian's headless Chromium through puppeteer-core; nothing downloads a browser.
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

export { CHROMIUM };

export function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // window.gc() for the memory figures (and between render samples).
      '--js-flags=--expose-gc',
      // Background tabs and hidden pages must not be throttled while measured.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/**
 * A page in a fresh browser context (an empty profile: no IndexedDB, no sessionStorage, no
 * HTTP or code cache shared with other loads), closed with its context.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function freshPage(browser, { width = 1366, height = 768, cpu = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.setCacheEnabled(false);
  if (cpu !== 1) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return { context, page, close: () => context.close() };
}
