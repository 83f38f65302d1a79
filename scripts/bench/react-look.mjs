// @ts-check
// The React baseline must render what the kit renders, or the comparison measures two
// different pages. So its CSS is not a copy: kitCss() reads, at bench time, the style sheets
// the built drop-in adopts in each shadow root of the shown banner appeal (<support-appeal>,
// its <support-amounts> and <support-remind-later>), and rewrites each root's rules for light
// DOM in an @scope of its own:
//   :host → :scope        :host(x) → :scope:is(x)        ::slotted(x) → x
// The appeal's scope stops at the nested elements' children, as a shadow root would.
// react/appeal.jsx mirrors the kit's shadow markup (class names, nesting, <slot> elements),
// one wrapper element per kit element (.sk-appeal, .sk-amounts, .sk-remind-later) carrying
// the host attributes those rules test (state="shown", custom-amount).
//
// sameLook() then proves it: it opens the kit's and React's banner side by side and compares
// the computed colours, fonts, spacing, borders and box sizes of the pieces a reader sees.
// Any difference fails the bench loudly before anything is measured.
import { freshPage } from './browser.mjs';

/** @param {import('puppeteer-core').Page} page */
async function shownKit(page) {
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.waitForFunction(
    () =>
      document.querySelector('support-appeal')?.getAttribute('state') === 'shown' &&
      document
        .querySelector('support-appeal')
        ?.shadowRoot?.querySelector('support-amounts')
        ?.shadowRoot?.querySelector('.face') &&
      document
        .querySelector('support-appeal')
        ?.shadowRoot?.querySelector('support-remind-later')
        ?.shadowRoot?.querySelector('button'),
    { timeout: 20_000 },
  );
}

/**
 * The kit's element styles, rewritten for React's light-DOM copy of its markup.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @returns {Promise<string>}
 */
export async function kitCss(browser, origin) {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${origin}/article.html?variant=banner`);
    await shownKit(page);
    return await page.evaluate(() => {
      /** Top-level commas only (not those inside :is(), :not()…). */
      const split = (/** @type {string} */ list) => {
        const parts = [];
        let depth = 0;
        let start = 0;
        for (let i = 0; i < list.length; i++) {
          const c = list[i];
          if (c === '(') depth++;
          else if (c === ')') depth--;
          else if (c === ',' && depth === 0) {
            parts.push(list.slice(start, i).trim());
            start = i + 1;
          }
        }
        parts.push(list.slice(start).trim());
        return parts;
      };
      /** `:host` → `:scope`, `:host(x)` → `:scope:is(x)` (x may hold parentheses). */
      const host = (/** @type {string} */ selector) => {
        let out = '';
        let rest = selector;
        for (let at = rest.indexOf(':host'); at !== -1; at = rest.indexOf(':host')) {
          out += `${rest.slice(0, at)}:scope`;
          rest = rest.slice(at + ':host'.length);
          if (rest[0] !== '(') continue;
          let depth = 0;
          let end = 0;
          do {
            if (rest[end] === '(') depth++;
            else if (rest[end] === ')') depth--;
            end++;
          } while (depth > 0 && end < rest.length);
          out += `:is(${rest.slice(1, end - 1)})`;
          rest = rest.slice(end);
        }
        return out + rest;
      };
      /** @type {string[]} */
      const hoisted = [];
      /** @param {CSSRuleList} list @returns {string[]} */
      const rewrite = (list) => {
        const out = [];
        for (const rule of list) {
          if (rule instanceof CSSStyleRule) {
            const selectors = split(rule.selectorText).map((s) =>
              host(s).replace(/::slotted\(([^)]*)\)/g, '$1'),
            );
            out.push(`${selectors.join(', ')} { ${rule.style.cssText} }`);
          } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
            const inner = rewrite(rule.cssRules);
            const at = rule instanceof CSSMediaRule ? '@media' : '@supports';
            if (inner.length) out.push(`${at} ${rule.conditionText} {\n${inner.join('\n')}\n}`);
          } else if (rule instanceof CSSKeyframesRule) {
            hoisted.push(rule.cssText);
          } else {
            out.push(rule.cssText);
          }
        }
        return out;
      };
      /** @param {ShadowRoot | null | undefined} root */
      const rulesOf = (root) =>
        (root?.adoptedStyleSheets ?? []).flatMap((sheet) => rewrite(sheet.cssRules)).join('\n');
      const appeal = document.querySelector('support-appeal')?.shadowRoot;
      const amounts = appeal?.querySelector('support-amounts')?.shadowRoot;
      const remindLater = appeal?.querySelector('support-remind-later')?.shadowRoot;
      const scopes = [
        `@scope (.sk-appeal) to (.sk-amounts > *, .sk-remind-later > *) {\n${rulesOf(appeal)}\n}`,
        `@scope (.sk-amounts) {\n${rulesOf(amounts)}\n}`,
        `@scope (.sk-remind-later) {\n${rulesOf(remindLater)}\n}`,
      ];
      return [...scopes, ...hoisted].join('\n');
    });
  } finally {
    await close();
  }
}

/** What a reader sees of each piece: kit path (through shadow roots) → React selector. */
const PIECES = [
  ['container', ['support-appeal', '.container'], '.container'],
  ['heading', ['support-appeal', '.heading'], '.heading'],
  ['minimize', ['support-appeal', '.toggle'], '.toggle'],
  ['message paragraph', ['support-appeal > p'], '.body p'],
  ['amounts', ['support-appeal', 'support-amounts'], '.sk-amounts'],
  [
    'frequency, chosen',
    ['support-appeal', 'support-amounts', '.frequencies input:checked + .face'],
    '.frequencies input:checked + .face',
  ],
  ['amount legend', ['support-appeal', 'support-amounts', '.amount-legend'], '.amount-legend'],
  [
    'amount',
    ['support-appeal', 'support-amounts', 'fieldset.amounts .option:first-child .face'],
    'fieldset.amounts .option:first-child .face',
  ],
  [
    'amount, chosen',
    ['support-appeal', 'support-amounts', 'fieldset.amounts input:checked + .face'],
    'fieldset.amounts input:checked + .face',
  ],
  ['other amount field', ['support-appeal', 'support-amounts', '.field'], '.field'],
  ['actions', ['support-appeal', '.actions'], '.actions'],
  ['call to action', ['support-appeal', '.cta'], '.cta'],
  [
    'remind me later',
    ['support-appeal', 'support-remind-later', 'button'],
    '.sk-remind-later button',
  ],
];
const PROPERTIES = [
  'display',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'text-decoration-line',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `padding-${side}`,
    `margin-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  'border-top-left-radius',
  'border-bottom-right-radius',
  'box-shadow',
  'min-height',
  'min-width',
  'max-height',
  'row-gap',
  'column-gap',
];

/**
 * @param {import('puppeteer-core').Page} page
 * @param {(string[] | string)[]} paths
 * @returns {Promise<(Record<string, string> | null)[]>}
 */
const looks = (page, paths) =>
  page.evaluate(
    (paths, properties) =>
      paths.map((path) => {
        /** @type {Element | null | undefined} */
        let node;
        if (typeof path === 'string') node = document.querySelector(`#appeal-root ${path}`);
        else {
          /** @type {ParentNode | null | undefined} */
          let scope = document;
          for (const selector of path) {
            node = scope?.querySelector(selector);
            scope = node?.shadowRoot;
          }
        }
        if (!(node instanceof HTMLElement)) return null;
        const style = getComputedStyle(node);
        return {
          ...Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)])),
          'box (px)': `${node.offsetWidth}×${node.offsetHeight}`,
        };
      }),
    paths,
    PROPERTIES,
  );

/**
 * The kit's and React's banner, compared piece by piece; [] when they look the same.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @returns {Promise<string[]>}
 */
export async function sameLook(browser, origin) {
  const kit = await freshPage(browser);
  const react = await freshPage(browser);
  try {
    await kit.page.goto(`${origin}/article.html?variant=banner`);
    await shownKit(kit.page);
    await react.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await react.page.goto(`${origin}/article.html?variant=banner&app=react`);
    await react.page.waitForSelector('#appeal-root .sk-remind-later button');
    const [ours, theirs] = await Promise.all([
      looks(
        kit.page,
        PIECES.map(([, path]) => path),
      ),
      looks(
        react.page,
        PIECES.map(([, , selector]) => selector),
      ),
    ]);
    const differences = [];
    for (const [i, [name]] of PIECES.entries()) {
      const a = ours[i];
      const b = theirs[i];
      if (!a || !b) {
        differences.push(
          `${name}: ${a ? '' : 'not found in the kit'}${b ? '' : ' not found in React'}`,
        );
        continue;
      }
      for (const key of Object.keys(a)) {
        if (a[key] !== b[key]) differences.push(`${name} ${key}: kit ${a[key]} · React ${b[key]}`);
      }
    }
    return differences;
  } finally {
    await kit.close();
    await react.close();
  }
}
