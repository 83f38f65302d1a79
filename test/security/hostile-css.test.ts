/**
 * A hostile page: global CSS that resets or overrides everything must not break the appeal's
 * layout or readability, and the kit's own styles must never reach the page.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-amounts.js';
import '@support-kit/elements/support-privacy.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import {
  isolatedStore,
  shadowElements,
  uniqueCampaign,
  waitForState,
} from '../elements/support-appeal.helpers.js';

/** What sites really ship: resets, !important overrides, a huge root font size. */
const HOSTILE_CSS = `
  html { font-size: 40px !important; }
  * { box-sizing: content-box !important; }
  button, input, select { all: unset; }
  a { color: red !important; text-decoration: none !important; }
  div, section, p, span, label, fieldset { margin: 0 !important; padding: 0 !important; }
  * { min-width: 0; max-width: none; }
  div { display: inline; }
  [part], [class], [hidden] { color: red !important; background: red !important; }
`;

/** Computed styles of a page element that the kit must leave alone. */
const WATCHED = [
  'display',
  'box-sizing',
  'color',
  'background-color',
  'font-size',
  'font-family',
  'padding-top',
  'border-top-width',
  'scroll-padding-bottom',
] as const;
const snapshot = (el: Element) =>
  Object.fromEntries(WATCHED.map((name) => [name, getComputedStyle(el).getPropertyValue(name)]));

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('a hostile page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  async function appealAt320() {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div id="column" style="width: 320px; display: block">
          <support-appeal
            campaign=${uniqueCampaign('hostile')}
            org="The Daily Example"
            .store=${isolatedStore()}
            frequencies="monthly,one-off,annual"
            custom-amount
            dismissible
            checkout-url="https://donate.example/?amount={amount}"
            ><a slot="footer" href="/terms">Terms</a></support-appeal
          >
        </div>
        <button id="page-button" type="button">A page button</button>
      </div>`,
    );
    const appeal = wrapper.querySelector<SupportAppeal>('support-appeal')!;
    await waitForState(appeal, 'shown');
    const amounts = appeal.shadowRoot!.querySelector('support-amounts')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await amounts.updateComplete;
    await nextFrame();
    return { wrapper, appeal };
  }

  it('keeps the appeal within 320 px, every target at least 24 px, the call to action readable', async () => {
    const { appeal } = await appealAt320();
    const host = appeal.getBoundingClientRect();
    expect(host.width).to.be.at.most(320);
    const visible = shadowElements(appeal).filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    });
    expect(visible.length).to.be.above(10);
    for (const el of visible) {
      const box = el.getBoundingClientRect();
      const name = `${el.localName}.${el.className}[part=${el.getAttribute('part')}]`;
      expect(box.left, `${name} left`).to.be.at.least(host.left - 1);
      expect(box.right, `${name} right`).to.be.at.most(host.right + 1);
    }

    const targets = visible.filter((el) =>
      el.matches('button, a, input[type="text"], label.option'),
    );
    expect(targets.length).to.be.at.least(10); // 3 frequencies, 4 presets, custom, CTA, later, close
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      expect(box.height, `${el.localName} height`).to.be.at.least(24);
      expect(box.width, `${el.localName} width`).to.be.at.least(24);
    }

    const cta = appeal.shadowRoot!.querySelector<HTMLElement>('[part~="cta"]')!;
    const ctaStyle = getComputedStyle(cta);
    expect(ctaStyle.color).not.to.equal('rgb(255, 0, 0)');
    expect(contrast(ctaStyle.color, ctaStyle.backgroundColor)).to.be.at.least(4.5);
    // The site's huge type reaches the appeal (it inherits the page's typography on purpose).
    expect(parseFloat(ctaStyle.fontSize)).to.be.at.least(40);
    // The page styles its own slotted content: that is the site's choice.
    const terms = appeal.querySelector('a')!;
    expect(getComputedStyle(terms).color).to.equal('rgb(255, 0, 0)');
  });

  it('the kit changes no style outside its shadow roots', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<button type="button">before</button><p>text</p><a href="#x">link</a>';
    document.body.append(probe);
    const watched = [...probe.children, document.documentElement, document.body];
    const before = watched.map(snapshot);
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const headNodes = document.head.children.length;
    try {
      const { wrapper } = await appealAt320();
      const pageButton = wrapper.querySelector('#page-button')!;
      const reference = document.createElement('button');
      reference.type = 'button';
      probe.append(reference);
      expect(snapshot(pageButton)).to.deep.equal(snapshot(reference));
      expect(watched.map(snapshot)).to.deep.equal(before);
      expect(document.styleSheets.length).to.equal(sheets);
      expect(document.adoptedStyleSheets.length).to.equal(adopted);
      expect(document.head.children.length).to.equal(headNodes);
    } finally {
      probe.remove();
    }
  });
});

/**
 * What a page sets for its own text and every element inherits (Vite's starter centres `body`):
 * the kit's elements keep their own alignment, spacing and line breaks, and the site's font.
 */
const INHERITED = `
  text-align: center; text-align-last: center; text-indent: 4em; text-transform: uppercase;
  letter-spacing: 0.3em; word-spacing: 1em; white-space: pre; line-height: 0.5;
  font-family: Georgia, serif;
`;

describe('a page whose text settings are inherited', () => {
  const elements = {
    'support-appeal': (store: unknown) =>
      html`<support-appeal
        campaign=${uniqueCampaign('inherited')}
        org="The Daily Example"
        .store=${store}
        frequencies="monthly,one-off"
        custom-amount
        dismissible
      ></support-appeal>`,
    'support-amounts': () =>
      html`<support-amounts
        amounts="2,5,10"
        frequencies="monthly,one-off"
        custom-amount
      ></support-amounts>`,
    'support-privacy': (store: unknown) =>
      html`<support-privacy .store=${store}></support-privacy>`,
  };

  /** Each shadow element's box relative to the host, in document order. */
  function layout(host: Element) {
    const origin = host.getBoundingClientRect();
    // Boxes only: slots (display: contents) and hidden elements have none to compare.
    const boxed = shadowElements(host).filter((el) => el.getClientRects().length > 0);
    return boxed.map((el) => {
      const box = el.getBoundingClientRect();
      const at = (n: number) => Math.round(n);
      return `${el.localName}.${el.getAttribute('part') ?? ''} ${at(box.left - origin.left)},${at(box.top - origin.top)} ${at(box.width)}×${at(box.height)}`;
    });
  }

  for (const [tag, render] of Object.entries(elements)) {
    it(`<${tag}> starts its text at the start and lays out as on a plain page, in the site's font`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div class="plain" style="width: 600px; font-family: Georgia, serif">
            ${render(isolatedStore())}
          </div>
          <div class="inherited" style="width: 600px; ${INHERITED}">${render(isolatedStore())}</div>
        </div>`,
      );
      const [plain, inherited] = [...wrapper.querySelectorAll(tag)] as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      for (const el of [plain!, inherited!]) {
        if (tag === 'support-appeal') await waitForState(el as SupportAppeal, 'shown');
        await el.updateComplete;
        for (const inner of shadowElements(el)) {
          await (inner as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        }
      }
      // <support-privacy> says what it read from its store: wait for both to have said it.
      const same = () => JSON.stringify(layout(inherited!)) === JSON.stringify(layout(plain!));
      await waitUntil(same, 'the layouts differ').catch(() => undefined);
      for (const el of shadowElements(inherited!)) {
        // Radios are invisible under their faces; the text field keeps the platform's font.
        if (!(el instanceof HTMLElement) || el.localName === 'input') continue;
        if (el.getClientRects().length === 0) continue; // not rendered (e.g. a hidden part)
        const style = getComputedStyle(el);
        const name = `<${tag}> ${el.localName}[part=${el.getAttribute('part')}]`;
        if (!el.closest('button, a, input')) {
          expect(['start', 'left'], `${name} text-align`).to.include(style.textAlign);
        }
        expect(style.textTransform, `${name} text-transform`).to.equal('none');
        expect(style.fontFamily, `${name} font-family`).to.match(/Georgia/);
      }
      const heading = shadowElements(inherited!).find((el) => el.matches('[part~="heading"]'));
      if (heading) expect(getComputedStyle(heading).textAlign).to.equal('start');
      expect(layout(inherited!)).to.deep.equal(layout(plain!));
    });
  }
});
