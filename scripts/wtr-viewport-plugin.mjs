// @ts-check
/**
 * `viewport` server command: sets the size of the page's layout viewport in every engine.
 * @web/test-runner-commands' `setViewport` supports puppeteer and playwright only; WebKit runs
 * through WebDriver here, where only the window can be resized: the window is resized, the
 * page's inner size read back, and the window corrected by the difference (browser chrome).
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   await executeServerCommand('viewport', { width: 320, height: 640 });
 *
 * Answers `true`, or `{ width, height }` when the engine could not make the page that narrow.
 *
 * `text-size` server command: the browser's default font size in px (`{ standard: 32 }` is
 * text at 200 %), as a reader sets it. Chromium only (CDP `Page.setFontSizes`); answers
 * whether the engine took it, so a test can stand in for it elsewhere.
 */
export function viewportPlugin() {
  return {
    name: 'support-kit-viewport',
    /** @param {{ command: string, payload: any, session: any }} context */
    async executeCommand({ command, payload, session }) {
      if (command === 'text-size') return textSize(session, payload?.standard);
      if (command !== 'viewport') return undefined;
      const { width, height } = payload ?? {};
      if (typeof width !== 'number' || typeof height !== 'number') {
        throw new Error('viewport: pass { width, height } in CSS pixels');
      }
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (browser.type === 'webdriver' && browser.driver) {
        const driver = browser.driver;
        const inner = async () =>
          /** @type {[number, number]} */ (
            await driver.execute('return [window.innerWidth, window.innerHeight]')
          );
        let [w, h] = [width, height];
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await driver.setWindowSize(w, h);
          const [iw, ih] = await inner();
          if (iw === width && ih === height) return true;
          w += width - iw;
          h += height - ih;
        }
        const [iw, ih] = await inner();
        // MiniBrowser's window cannot get narrower than its toolbar (447 px): the page gets the
        // narrowest width the engine allows, and the test is told which.
        if (ih === height && iw > width) return { width: iw, height: ih };
        throw new Error(`viewport: asked for ${width}×${height}, the page has ${iw}×${ih}`);
      }
      throw new Error(`viewport: not supported for browser type ${browser.type}`);
    },
  };
}

/** @type {WeakMap<object, any>} */
const cdpSessions = new WeakMap();

/** @param {any} session @param {unknown} standard */
async function textSize(session, standard) {
  if (typeof standard !== 'number') throw new Error('text-size: pass { standard } in px');
  const browser = session.browser;
  if (browser.type !== 'puppeteer' || !browser.getPage) return false;
  try {
    // Firefox runs on WebDriver BiDi here: no CDP session, and no such setting. The session
    // stays open: detaching it would undo the setting.
    const page = browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      cdpSessions.set(page, cdp);
    }
    const fixed = Math.round((standard * 13) / 16);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed } });
    return true;
  } catch {
    return false;
  }
}
