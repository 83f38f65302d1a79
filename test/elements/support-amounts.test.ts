import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '@support-kit/elements/support-amounts.js';
import type { SupportAmounts } from '../../packages/elements/src/amounts/SupportAmounts.js';
import type { SupportAmountChangeEvent } from '../../packages/elements/src/events/SupportEvents.js';
import { formControlSuite } from './form-control.suite.js';
import { captureWarnings, click, isVisible as visible } from './support-appeal.helpers.js';
import { expectSpoken } from './text-language.helpers.js';

const ua = navigator.userAgent;
const isWebKit = /AppleWebKit/.test(ua) && !/Chrome|Chromium/.test(ua);

// ——— helpers: what a reader sees and can reach ———
const root = (el: SupportAmounts) => el.shadowRoot!;
const radios = (el: SupportAmounts, name = 'amount') => [
  ...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`),
];
const faceOf = (input: HTMLInputElement) => input.nextElementSibling as HTMLElement;
const labels = (el: SupportAmounts, name = 'amount') =>
  radios(el, name).map((input) => faceOf(input).textContent!.trim());
const checkedLabel = (el: SupportAmounts, name = 'amount') => {
  const checked = radios(el, name).filter((input) => input.checked);
  expect(checked.length, `checked ${name} radios`).to.be.at.most(1);
  return checked[0] ? faceOf(checked[0]).textContent!.trim() : null;
};
const radioLabelled = (el: SupportAmounts, text: string, name = 'amount') => {
  const found = radios(el, name).find((input) => faceOf(input).textContent!.trim() === text);
  expect(found, `radio "${text}"`).to.be.instanceOf(HTMLInputElement);
  return found!;
};
const customInput = (el: SupportAmounts) => root(el).querySelector<HTMLInputElement>('#custom');
const errorOf = (el: SupportAmounts) => root(el).querySelector<HTMLElement>('[part~="error"]')!;
const focused = (el: SupportAmounts) => root(el).activeElement as HTMLElement | null;
const usd = (amount: number) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(amount);

async function settle(el: SupportAmounts) {
  await el.updateComplete;
  await nextFrame();
}

function recordChanges(target: EventTarget) {
  const events: SupportAmountChangeEvent[] = [];
  target.addEventListener('support-amount-change', (event) =>
    events.push(event as SupportAmountChangeEvent),
  );
  return events;
}

/** Tab from a button placed before the element, as a keyboard user arrives. */
async function tabInto(before: HTMLElement) {
  before.focus();
  await sendKeys({ press: 'Tab' });
}

/**
 * Shift+Tab. Puppeteer (Chromium, Firefox) holds the modifier across calls; WebDriver (WebKit)
 * only presses keys together within one call, given as WebDriver key code points.
 */
async function shiftTab() {
  if (isWebKit) {
    await sendKeys({ type: '\uE008\uE004' }); // Shift, Tab
  } else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }
}

/**
 * Types text one key at a time: WebDriver (WebKit) presses a whole string's keys together,
 * which drops repeated characters ("1000" arrives as "10").
 */
async function type(text: string) {
  for (const key of text) await sendKeys({ type: key });
}

/** Clicks into the input and puts the caret at its end, as a reader would to go on typing. */
async function clickToEnd(input: HTMLInputElement) {
  await click(input);
  await sendKeys({ press: 'End' });
}

afterEach(async () => {
  await resetMouse();
});

/** A form with a `gift` amount (monthly and annual presets, "Other amount") and a submit button. */
async function giftForm(attributes: string[] = []) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <support-amounts
        name="gift"
        amounts="monthly: 2,5,10; annual: 50,100"
        frequencies="monthly,annual"
        custom-amount
      ></support-amounts>
      <button>Give</button>
    </form>`,
  );
  const el = form.querySelector('support-amounts')!;
  for (const attribute of attributes) el.setAttribute(attribute, '');
  await settle(el);
  return { form, el };
}

describe('<support-amounts>', () => {
  it('is accessible', async () => {
    const el = await fixture<SupportAmounts>(
      html`<support-amounts
        amounts="monthly: 2,5,10,25; one-off: 10,25,50"
        frequencies="monthly,one-off"
        custom-amount
      ></support-amounts>`,
    );
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible while showing a validation error, in Russian and right to left', async () => {
    const ru = await fixture<SupportAmounts>(
      html`<support-amounts locale="ru" currency="RUB" custom-amount></support-amounts>`,
    );
    ru.value = 0.5;
    ru.reportValidity();
    await settle(ru);
    expect(errorOf(ru).textContent!.trim()).to.not.equal('');
    await expect(ru).to.be.accessible();
    const ar = await fixture<SupportAmounts>(
      html`<support-amounts
        locale="ar"
        frequencies="monthly,annual"
        custom-amount
      ></support-amounts>`,
    );
    await settle(ar);
    await expect(ar).to.be.accessible();
  });

  describe('rendering', () => {
    it('shows the presets as a labelled radio group with the default pre-selected', async () => {
      const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
      const legend = root(el).querySelector('fieldset[part~="group"] > legend')!;
      expect(legend.textContent!.trim()).to.equal('Choose an amount');
      expect(visible(legend)).to.equal(true);
      expect(labels(el)).to.deep.equal([usd(2), usd(5), usd(10), usd(25)]);
      expect(checkedLabel(el)).to.equal(usd(5));
      expect(el.value).to.equal(5);
      expect(el.frequency).to.equal('monthly');
      expect(el.startingFrom).to.equal(2);
      // One frequency: no frequency choice, no "Other amount" unless asked for.
      expect(radios(el, 'frequency')).to.have.length(0);
      expect(customInput(el)).to.equal(null);
    });

    it('honours default-amount and keeps the legend for screen readers with hide-legend', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts amounts="3,6,9" default-amount="9" hide-legend></support-amounts>`,
      );
      expect(checkedLabel(el)).to.equal(usd(9));
      const legend = root(el).querySelector('legend[part~="legend"]')!;
      expect(legend.textContent!.trim()).to.equal('Choose an amount');
      expect(legend.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('lets the legend slot and the messages attribute override the strings', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          custom-amount
          messages='{"otherAmount":"Your amount","monthly":"Every month"}'
          frequencies="monthly,one-off"
          ><span slot="legend">Pick a gift</span></support-amounts
        >`,
      );
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="legend"]')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('Pick a gift');
      expect(root(el).querySelector('label[for="custom"]')!.textContent!.trim()).to.equal(
        'Your amount',
      );
      expect(labels(el, 'frequency')).to.deep.equal(['Every month', 'One-time']);
      el.messages = { legend: 'Choose' };
      el.querySelector('span')!.remove();
      await settle(el);
      expect(root(el).querySelector('legend[part~="legend"]')!.textContent!.trim()).to.equal(
        'Choose',
      );
    });

    it('gives every option a target of at least 44 × 44 px and marks the checked one beyond colour', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          frequencies="monthly,one-off,annual"
          custom-amount
        ></support-amounts>`,
      );
      for (const input of [...radios(el), ...radios(el, 'frequency')]) {
        const box = input.getBoundingClientRect();
        expect(box.height, faceOf(input).textContent!).to.be.at.least(44);
        expect(box.width, faceOf(input).textContent!).to.be.at.least(44);
        // The radio covers its visible face: the whole face is the target.
        const face = faceOf(input).getBoundingClientRect();
        expect(Math.abs(face.width - box.width)).to.be.at.most(1);
      }
      expect(customInput(el)!.closest('.field')!.getBoundingClientRect().height).to.be.at.least(44);
      const checked = faceOf(radioLabelled(el, usd(5)));
      const unchecked = faceOf(radioLabelled(el, usd(10)));
      expect(getComputedStyle(checked).fontWeight).to.equal('700');
      expect(getComputedStyle(unchecked).fontWeight).to.equal('400');
      expect(getComputedStyle(checked).boxShadow).to.not.equal(
        getComputedStyle(unchecked).boxShadow,
      );
      expect(checked.getAttribute('part')).to.equal('preset preset-checked');
    });

    it('wraps the presets and does not overflow at 320 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <support-amounts
            amounts="5,10,25,50,100,250"
            frequencies="monthly,one-off,annual"
            custom-amount
          ></support-amounts>
        </div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      await settle(el);
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      const tops = new Set(
        radios(el).map((input) => Math.round(input.getBoundingClientRect().top)),
      );
      expect(tops.size, 'rows of presets').to.be.greaterThan(1);
      const all = [...radios(el), ...radios(el, 'frequency'), customInput(el)!];
      for (const node of all) {
        const rect = node.getBoundingClientRect();
        expect(rect.left, 'left edge').to.be.at.least(box.left - 0.5);
        expect(rect.right, 'right edge').to.be.at.most(box.right + 0.5);
      }
    });

    it('themes through --support-* properties and parts', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .themed {
              --support-accent: rgb(200, 0, 100);
              --support-on-accent: rgb(0, 0, 0);
              --support-radius: 0px;
              --support-font: monospace;
            }
            .themed::part(error) {
              text-transform: uppercase;
            }
          </style>
          <support-amounts class="themed" custom-amount></support-amounts>
        </div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      await settle(el);
      const checked = faceOf(radioLabelled(el, usd(5)));
      expect(getComputedStyle(checked).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(checked).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(checked).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(checked).fontFamily).to.equal('monospace');
      expect(getComputedStyle(errorOf(el)).textTransform).to.equal('uppercase');
    });

    it('inherits the font of the page by default', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: serif"><support-amounts></support-amounts></div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      expect(getComputedStyle(faceOf(radios(el)[0]!)).fontFamily).to.equal('serif');
    });

    it('turns transitions off for readers who prefer reduced motion', async () => {
      const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
      const sheets = (el.constructor as typeof SupportAmounts).elementStyles.map(
        (style) =>
          (style as CSSStyleSheet).cssRules ??
          (style as { styleSheet?: CSSStyleSheet }).styleSheet?.cssRules,
      );
      const rules = sheets.flatMap((list) => (list ? [...list] : []));
      const reduced = rules.filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule &&
          rule.conditionText.includes('prefers-reduced-motion: reduce'),
      );
      expect(reduced).to.have.length(1);
      const inner = [...reduced[0]!.cssRules] as CSSStyleRule[];
      expect(
        inner.some(
          (rule) =>
            (rule.selectorText === '.face' && rule.style.transitionProperty === 'none') ||
            rule.style.transition === 'none',
        ),
      ).to.equal(true);
      // Without the preference, options do animate their state change.
      expect(getComputedStyle(faceOf(radios(el)[0]!)).transitionDuration).to.not.equal('0s');
    });
  });

  describe('keyboard', () => {
    async function setup(attributes = '') {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <support-amounts amounts="2,5,10,25"></support-amounts>
          <button id="after">After</button>
        </div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      for (const attribute of attributes.split(' ').filter(Boolean)) el.setAttribute(attribute, '');
      await settle(el);
      return { el, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
    }

    it('Tab enters on the checked preset; arrows move, check and wrap', async () => {
      const { el, before } = await setup();
      const events = recordChanges(document);
      await tabInto(before);
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(radioLabelled(el, usd(5)));

      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)).to.equal(radioLabelled(el, usd(10)));
      expect(checkedLabel(el)).to.equal(usd(10));
      expect(el.value).to.equal(10);

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focused(el), 'wraps from the last to the first').to.equal(radioLabelled(el, usd(2)));
      expect(checkedLabel(el)).to.equal(usd(2));

      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(focused(el), 'wraps from the first to the last').to.equal(radioLabelled(el, usd(25)));
      expect(checkedLabel(el)).to.equal(usd(25));

      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(10));

      expect(events.map((event) => event.detail.amount)).to.deep.equal([10, 25, 2, 25, 10]);
      expect(events[0]!.detail).to.deep.equal({
        amount: 10,
        currency: 'USD',
        frequency: 'monthly',
      });
      expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
    });

    it('shows a focus ring on the focused option', async () => {
      const { el, before } = await setup();
      await tabInto(before);
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('Space checks the focused option when none is checked', async () => {
      const { el, before } = await setup();
      el.value = null;
      await settle(el);
      expect(checkedLabel(el)).to.equal(null);
      const events = recordChanges(el);
      // With nothing checked, Tab enters the group on its first option.
      await tabInto(before);
      expect(focused(el)).to.equal(radios(el)[0]);
      expect(radios(el)[0]!.checked).to.equal(false);
      await sendKeys({ press: ' ' }); // Space
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(2));
      expect(el.value).to.equal(2);
      expect(events.map((event) => event.detail.amount)).to.deep.equal([2]);
    });

    it('Tab moves through frequency, presets and "Other amount", then out; Shift+Tab comes back', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <support-amounts frequencies="monthly,one-off" custom-amount></support-amounts>
          <button id="after">After</button>
        </div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
      await settle(el);
      await tabInto(before);
      expect(focused(el)).to.equal(radioLabelled(el, 'Monthly', 'frequency'));

      // Arrow keys switch the frequency; focus stays on the frequency option.
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)).to.equal(radioLabelled(el, 'One-time', 'frequency'));
      expect(el.frequency).to.equal('one-off');
      expect(labels(el)).to.deep.equal([usd(10), usd(25), usd(50), usd(100)]);

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radioLabelled(el, usd(25)));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(customInput(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);

      await shiftTab();
      expect(focused(el)).to.equal(customInput(el));
      await shiftTab();
      expect(focused(el)).to.equal(radioLabelled(el, usd(25)));
      await shiftTab();
      expect(focused(el)).to.equal(radioLabelled(el, 'One-time', 'frequency'));
      await shiftTab();
      expect(document.activeElement).to.equal(before);
    });

    it('does not let disabled options be reached or changed', async () => {
      const { el, before } = await setup('disabled');
      const after = el.parentElement!.querySelector<HTMLButtonElement>('#after')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after || document.activeElement === before).to.equal(true);
      expect(radios(el).every((input) => input.matches(':disabled'))).to.equal(true);
    });
  });

  describe('mouse', () => {
    it('checks the clicked preset and fires one change', async () => {
      const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
      const events = recordChanges(el);
      await click(faceOf(radioLabelled(el, usd(25))));
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(25));
      expect(el.value).to.equal(25);
      await click(faceOf(radioLabelled(el, usd(25))));
      await settle(el);
      expect(events.map((event) => event.detail.amount)).to.deep.equal([25]);
    });

    it('switches frequency and keeps a sensible selection', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          amounts="monthly: 2,5,10; one-off: 10,25,50; annual: 50,100"
          frequencies="monthly,one-off,annual"
        ></support-amounts>`,
      );
      const events = recordChanges(el);
      expect(labels(el, 'frequency')).to.deep.equal(['Monthly', 'One-time', 'Yearly']);
      expect(checkedLabel(el, 'frequency')).to.equal('Monthly');
      expect(checkedLabel(el)).to.equal(usd(5));

      // $5 is not offered one-off: that frequency's default (its second preset).
      await click(faceOf(radioLabelled(el, 'One-time', 'frequency')));
      await settle(el);
      expect(labels(el)).to.deep.equal([usd(10), usd(25), usd(50)]);
      expect(checkedLabel(el)).to.equal(usd(25));

      // $10 is offered monthly too: it stays selected.
      await click(faceOf(radioLabelled(el, usd(10))));
      await click(faceOf(radioLabelled(el, 'Monthly', 'frequency')));
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(10));
      expect(el.frequency).to.equal('monthly');

      await click(faceOf(radioLabelled(el, 'Yearly', 'frequency')));
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(100));
      expect(events.map((event) => [event.detail.frequency, event.detail.amount])).to.deep.equal([
        ['one-off', 25],
        ['one-off', 10],
        ['monthly', 10],
        ['annual', 100],
      ]);
    });
  });

  describe('"Other amount"', () => {
    async function setup() {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts custom-amount min-amount="3" max-amount="500"></support-amounts>`,
      );
      await settle(el);
      return el;
    }

    it('is a labelled decimal input with the currency sign', async () => {
      const el = await setup();
      const input = customInput(el)!;
      expect(input.labels![0]!.textContent!.trim()).to.equal('Other amount');
      expect(input.inputMode).to.equal('decimal');
      expect(root(el).querySelector('.field')!.textContent!.replace(/\s+/g, '')).to.equal('$');
      const described = input.getAttribute('aria-describedby')!.split(' ');
      expect(described).to.include('error');
      expect(root(el).getElementById('currency')!.textContent).to.equal('US Dollar');
      // Read once, as the description: not rendered, so reading the page does not meet it.
      expect(described).to.include('currency');
      expect(getComputedStyle(root(el).getElementById('currency')!).display).to.equal('none');
      // The input itself is the 44 px target, as tall as the presets.
      expect(input.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('typing unchecks the presets and sets the value; a preset clears it', async () => {
      const el = await setup();
      const events = recordChanges(el);
      await click(customInput(el)!);
      await type('42');
      await settle(el);
      expect(checkedLabel(el)).to.equal(null);
      expect(el.value).to.equal(42);
      expect(events.map((event) => event.detail.amount)).to.deep.equal([4, 42]);

      await click(faceOf(radioLabelled(el, usd(10))));
      await settle(el);
      expect(customInput(el)!.value).to.equal('');
      expect(el.value).to.equal(10);
      expect(events.at(-1)!.detail.amount).to.equal(10);
    });

    it('shows and announces a localized message for an amount below the minimum', async () => {
      const el = await setup();
      await click(customInput(el)!);
      await type('2');
      await settle(el);
      // No message while typing the first digit.
      expect(errorOf(el).textContent!.trim()).to.equal('');
      expect(customInput(el)!.getAttribute('aria-invalid')).to.equal('false');
      customInput(el)!.blur();
      await settle(el);
      const error = errorOf(el);
      expect(error.textContent!.trim()).to.equal(`The smallest amount is ${usd(3)}.`);
      expect(visible(error)).to.equal(true);
      expect(error.getAttribute('aria-live')).to.equal('polite');
      expect(customInput(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(customInput(el)!.getAttribute('aria-describedby')).to.contain(error.id);
      expect(el.value).to.equal(null);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal(`The smallest amount is ${usd(3)}.`);

      // Correcting it clears the message as the reader types.
      await clickToEnd(customInput(el)!);
      await type('0');
      await settle(el);
      expect(el.value).to.equal(20);
      expect(errorOf(el).textContent!.trim()).to.equal('');
      expect(customInput(el)!.getAttribute('aria-invalid')).to.equal('false');
      expect(el.checkValidity()).to.equal(true);
    });

    it('keeps its live region in the accessibility tree while empty, and speaks in that same node', async () => {
      const el = await setup();
      const region = errorOf(el);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      expect(region.hidden).to.equal(false);
      expect(getComputedStyle(region).display).to.not.equal('none');
      expect(getComputedStyle(region).visibility).to.equal('visible');
      await click(customInput(el)!);
      await type('1');
      customInput(el)!.blur();
      await settle(el);
      expect(errorOf(el)).to.equal(region);
      expect(region.textContent!.trim()).to.equal(`The smallest amount is ${usd(3)}.`);
    });

    it('explains amounts above the maximum and text that is not a number', async () => {
      const el = await setup();
      await click(customInput(el)!);
      await type('1000');
      customInput(el)!.blur();
      await settle(el);
      expect(errorOf(el).textContent!.trim()).to.equal(`The largest amount is ${usd(500)}.`);
      expect(el.validity.rangeOverflow).to.equal(true);

      await click(customInput(el)!);
      customInput(el)!.select();
      await type('ten');
      await settle(el);
      expect(errorOf(el).textContent!.trim()).to.equal(
        `Enter the amount as a number, for example ${usd(3)}.`,
      );
      expect(el.validity.badInput).to.equal(true);

      // Choosing a preset clears the input and the message.
      await click(faceOf(radioLabelled(el, usd(25))));
      await settle(el);
      expect(errorOf(el).textContent!.trim()).to.equal('');
      expect(el.checkValidity()).to.equal(true);
    });
  });

  // What every form control does is in the shared form-control suite, below.
  describe('value and frequency in a form', () => {
    async function setup(attributes = '') {
      const { form, el } = await giftForm(attributes.split(' ').filter(Boolean));
      const submitted: FormData[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(new FormData(form));
      });
      return { form, el, submitted };
    }

    it('submits the amount as name and the frequency as name-frequency', async () => {
      const { form, el, submitted } = await setup();
      expect([...new FormData(form)]).to.deep.equal([
        ['gift', '5'],
        ['gift-frequency', 'monthly'],
      ]);
      await click(faceOf(radioLabelled(el, 'Yearly', 'frequency')));
      await click(faceOf(radioLabelled(el, usd(50))));
      await click(form.querySelector('button')!);
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.get('gift')).to.equal('50');
      expect(submitted[0]!.get('gift-frequency')).to.equal('annual');

      await click(customInput(el)!);
      await type('12.5');
      expect(new FormData(form).get('gift')).to.equal('12.5');
    });

    it('reflects programmatic value and frequency at once, without events', async () => {
      const { form, el } = await setup();
      const events = recordChanges(el);
      el.frequency = 'annual';
      el.value = 100;
      expect(new FormData(form).get('gift')).to.equal('100');
      expect(new FormData(form).get('gift-frequency')).to.equal('annual');
      el.value = 77; // not a preset, but custom-amount is on
      await settle(el);
      expect(customInput(el)!.value).to.equal('77');
      expect(checkedLabel(el)).to.equal(null);
      expect(el.value).to.equal(77);
      expect(events).to.have.length(0);
    });
  });

  describe('attributes after the first render', () => {
    it('re-renders for every changed attribute', async () => {
      const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
      el.setAttribute('amounts', '3,6,9');
      await settle(el);
      expect(labels(el)).to.deep.equal([usd(3), usd(6), usd(9)]);
      expect(checkedLabel(el)).to.equal(usd(6));

      el.setAttribute('default-amount', '9');
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(9));

      el.setAttribute('currency', 'EUR');
      await settle(el);
      const eur = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      expect(labels(el)).to.deep.equal([3, 6, 9].map((amount) => eur.format(amount)));

      el.setAttribute('custom-amount', '');
      await settle(el);
      expect(customInput(el)).to.be.instanceOf(HTMLInputElement);
      el.removeAttribute('custom-amount');
      await settle(el);
      expect(customInput(el)).to.equal(null);

      el.removeAttribute('default-amount');
      el.setAttribute('frequencies', 'monthly,one-off');
      el.setAttribute('amounts', 'monthly: 3,6; one-off: 20,40');
      await settle(el);
      expect(labels(el, 'frequency')).to.deep.equal(['Monthly', 'One-time']);
      el.setAttribute('frequency', 'one-off');
      await settle(el);
      expect(el.frequency).to.equal('one-off');
      expect(checkedLabel(el, 'frequency')).to.equal('One-time');
      expect(labels(el)[0]).to.equal(eur.format(20));

      el.setAttribute('locale', 'ru');
      await settle(el);
      expect(root(el).querySelector('legend[part~="legend"]')!.textContent!.trim()).to.equal(
        'Выберите сумму',
      );
      expect(labels(el, 'frequency')).to.deep.equal(['Ежемесячно', 'Разово']);
    });

    it('keeps the reader’s preset when new amounts still offer it', async () => {
      const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
      await click(faceOf(radioLabelled(el, usd(10))));
      el.amounts = '10,20,30';
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(10));
      el.amounts = '1,2,3';
      await settle(el);
      expect(checkedLabel(el)).to.equal(usd(2));
    });
  });

  describe('bad attributes', () => {
    it('warns once per bad attribute, falls back and never throws', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<SupportAmounts>(
          html`<support-amounts
            amounts="2,x,10"
            currency="dollars"
            frequencies="monthly,weekly"
            min-amount="abc"
            locale="not a locale!"
            messages="{oops"
            custom-amount
          ></support-amounts>`,
        );
        await settle(el);
        // Re-rendering does not repeat the warnings.
        el.name = 'gift';
        el.setAttribute('max-amount', '900');
        await settle(el);
        expect(labels(el)).to.deep.equal([usd(2), usd(10)]);
        expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal('Choose an amount');
      });
      for (const attribute of [
        'amounts',
        'currency',
        'frequencies',
        'min-amount',
        'locale',
        'messages',
      ]) {
        const about = warnings.filter((warning) => warning.includes(` ${attribute}="`));
        expect(about, `warnings about ${attribute}: ${JSON.stringify(warnings)}`).to.have.length(1);
        expect(about[0]).to.match(/^<support-amounts>: /);
      }
      expect(warnings).to.have.length(6);
    });

    it('takes only its own message keys: prototype keys get one warning and change nothing', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<SupportAmounts>(
          html`<support-amounts
            custom-amount
            messages='{"toString":"x","constructor":"y","__proto__":"z","hasOwnProperty":"w","legend":"Pick one"}'
          ></support-amounts>`,
        );
        await settle(el);
        expect(root(el).querySelector('legend[part~="legend"]')!.textContent!.trim()).to.equal(
          'Pick one',
        );
      });
      expect(warnings).to.deep.equal([
        '<support-amounts>: ignoring messages="toString, constructor, __proto__, hasOwnProperty" — these keys are unknown or not strings. Using the built-in strings for them.',
      ]);
      expect(String({}), 'no prototype touched').to.equal('[object Object]');
    });

    it('fills only {min} and {max} in a supplied string: other names stay as written', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          custom-amount
          min-amount="5"
          messages='{"tooSmall":"{constructor} {__proto__} {toString} {valueOf} {foo} from {min}."}'
        ></support-amounts>`,
      );
      await click(customInput(el)!);
      await type('1');
      customInput(el)!.blur();
      await settle(el);
      const expected = `{constructor} {__proto__} {toString} {valueOf} {foo} from ${usd(5)}.`;
      expect(errorOf(el).textContent).to.equal(expected);
      expect(el.validationMessage).to.equal(expected);
    });

    it('ignores bad values and frequencies set as properties, with a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<SupportAmounts>(html`<support-amounts></support-amounts>`);
        expect(() => (el.value = -4)).to.not.throw();
        expect(() => (el.value = 'lots' as unknown as number)).to.not.throw();
        expect(el.value).to.equal(5);
        el.value = 7; // not a preset, and no custom-amount
        await settle(el);
        expect(el.value).to.equal(5);
        expect(checkedLabel(el)).to.equal(usd(5));
        el.frequency = 'weekly';
        await settle(el);
        expect(el.frequency).to.equal('monthly');
      });
      expect(
        warnings.filter((warning) => warning.includes('value="')),
        JSON.stringify(warnings),
      ).to.have.length(3);
      expect(warnings.filter((warning) => warning.includes('frequency="weekly"'))).to.have.length(
        1,
      );
    });
  });

  describe('locales and direction', () => {
    it('speaks Russian and formats roubles like Intl', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          locale="ru"
          currency="RUB"
          amounts="100,500,1000,5000"
          frequencies="monthly,one-off,annual"
          min-amount="50"
          custom-amount
        ></support-amounts>`,
      );
      const rub = new Intl.NumberFormat('ru', {
        style: 'currency',
        currency: 'RUB',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      expect(labels(el)).to.deep.equal([100, 500, 1000, 5000].map((amount) => rub.format(amount)));
      expect(root(el).querySelector('legend[part~="legend"]')!.textContent!.trim()).to.equal(
        'Выберите сумму',
      );
      expect(labels(el, 'frequency')).to.deep.equal(['Ежемесячно', 'Разово', 'Ежегодно']);
      expect(customInput(el)!.labels![0]!.textContent!.trim()).to.equal('Другая сумма');
      // The rouble sign follows the number in Russian.
      const field = root(el).querySelector('.field')!;
      expect(field.lastElementChild!.textContent!.trim()).to.equal('₽');

      await click(customInput(el)!);
      await type('1 000,5');
      await settle(el);
      expect(el.value).to.equal(1000.5);
      customInput(el)!.select();
      await type('10');
      customInput(el)!.blur();
      await settle(el);
      expect(errorOf(el).textContent!.trim()).to.equal(`Минимальная сумма — ${rub.format(50)}.`);
    });

    it('takes its language from the nearest lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ru-RU"><support-amounts currency="RUB"></support-amounts></div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      await settle(el);
      expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal('Выберите сумму');
    });

    it('lays out right to left for an RTL locale', async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts locale="ar" amounts="2,5,10"></support-amounts>`,
      );
      const [first, second] = radios(el).map((input) => input.getBoundingClientRect());
      expect(first!.left, 'the first preset is on the right').to.be.greaterThan(second!.left);
      const ar = new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      });
      expect(labels(el)).to.deep.equal([2, 5, 10].map((amount) => ar.format(amount)));

      // Arrow keys follow the reading direction: ArrowLeft goes to the next amount on the left.
      radios(el)[1]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(focused(el)).to.equal(radios(el)[2]);
      expect(radios(el)[2]!.checked).to.equal(true);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el), 'wrapped to the first, then back').to.equal(radios(el)[2]);
    });

    // Built-in strings are English and Russian: in another locale they say lang="en" dir="ltr",
    // while amounts are formatted and laid out in the locale, and the site's own strings speak it.
    const cases = [
      { locale: 'ar', dir: 'rtl', currency: 'AED', copy: 'en' },
      { locale: 'he', dir: 'rtl', currency: 'ILS', copy: 'en' },
      { locale: 'de', dir: 'ltr', currency: 'EUR', copy: 'en' },
      { locale: 'ru', dir: 'ltr', currency: 'RUB', copy: 'ru' },
    ] as const;
    for (const { locale, dir, currency, copy } of cases) {
      it(`${locale}: ${copy} strings in ${copy}, amounts and the error's amount in ${locale}`, async () => {
        const el = await fixture<SupportAmounts>(
          html`<support-amounts
            locale=${locale}
            currency=${currency}
            amounts="5,10,20"
            frequencies="monthly,one-off"
            min-amount="5"
            custom-amount
          ></support-amounts>`,
        );
        const format = (n: number) =>
          new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            minimumFractionDigits: 0,
            maximumFractionDigits: 0,
          }).format(n);
        const spoken = copy === 'en' ? 'en' : locale; // both English and Russian are LTR
        const words =
          copy === 'en'
            ? ['Choose an amount', 'How often', 'Monthly', 'One-time', 'Other amount']
            : ['Выберите сумму', 'Как часто', 'Ежемесячно', 'Разово', 'Другая сумма'];
        for (const text of words) expectSpoken(el, text, spoken, 'ltr');
        expect(labels(el)).to.deep.equal([5, 10, 20].map(format));
        for (const amount of [5, 10, 20]) expectSpoken(el, format(amount), locale, dir);

        await click(customInput(el)!);
        await type('1');
        customInput(el)!.blur();
        await settle(el);
        const error = errorOf(el).textContent!;
        const sentence = copy === 'en' ? 'The smallest amount is' : 'Минимальная сумма';
        expectSpoken(el, sentence, spoken, 'ltr');
        expect(error).to.contain(format(5));
        expect(error, 'one full stop').not.to.match(/\.[\u200e\u200f\u2068\u2069\s]*\.\s*$/);
        expect(error.trim(), 'ends a sentence').to.match(/\.[\u200e\u200f\u2069]*$/);
        // A right-to-left amount in an English sentence is isolated, so it cannot reorder it.
        const isolated = dir === 'rtl' && copy === 'en';
        expect(error.includes(`\u2068${format(5)}\u2069`), 'isolated').to.equal(isolated);
      });
    }

    it("gives the site's own strings the locale's language and direction", async () => {
      const el = await fixture<SupportAmounts>(
        html`<support-amounts
          locale="ar"
          currency="AED"
          amounts="5,10"
          frequencies="monthly,one-off"
          min-amount="5"
          custom-amount
          messages=${JSON.stringify({ otherAmount: 'مبلغ آخر', tooSmall: 'أقل مبلغ هو {min}.' })}
        ></support-amounts>`,
      );
      expectSpoken(el, 'مبلغ آخر', 'ar', 'rtl');
      expectSpoken(el, 'Monthly', 'en', 'ltr'); // not supplied: the built-in English
      await click(customInput(el)!);
      await type('1');
      customInput(el)!.blur();
      await settle(el);
      expectSpoken(el, 'أقل مبلغ هو', 'ar', 'rtl');
      const min = new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: 'AED',
        maximumFractionDigits: 0,
      }).format(5);
      expect(errorOf(el).textContent).to.equal(`أقل مبلغ هو ${min}`); // its own full stop
    });

    it('follows an inherited dir="rtl" and its own dir', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><support-amounts amounts="2,5,10"></support-amounts></div>`,
      );
      const el = wrapper.querySelector('support-amounts')!;
      await settle(el);
      let [first, second] = radios(el).map((input) => input.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
      el.setAttribute('dir', 'ltr');
      el.requestUpdate();
      await settle(el);
      [first, second] = radios(el).map((input) => input.getBoundingClientRect());
      expect(first!.left).to.be.lessThan(second!.left);
    });
  });

  it('renders when created with createElement and appended', async () => {
    const el = document.createElement('support-amounts');
    el.setAttribute('amounts', '1,2');
    document.body.append(el);
    try {
      await el.updateComplete;
      await aTimeout(0);
      expect(labels(el)).to.deep.equal([usd(1), usd(2)]);
    } finally {
      el.remove();
    }
  });
});

formControlSuite<SupportAmounts>('support-amounts', {
  create: ({ required = false } = {}) => giftForm(required ? ['required'] : []),
  defaultEntries: [
    ['gift', '5'],
    ['gift-frequency', 'monthly'],
  ],
  async change(el) {
    await click(faceOf(radioLabelled(el, 'Yearly', 'frequency')));
    await click(customInput(el)!);
    await type('7');
    await settle(el);
    expect(checkedLabel(el)).to.equal(null);
  },
  changedEntries: [
    ['gift', '7'],
    ['gift-frequency', 'annual'],
  ],
  savedState: JSON.stringify({ frequency: 'annual', selection: { kind: 'custom', text: '60' } }),
  restoredEntries: [
    ['gift', '60'],
    ['gift-frequency', 'annual'],
  ],
  seesDefault(el) {
    expect(el.frequency).to.equal('monthly');
    expect(checkedLabel(el)).to.equal(usd(5));
    expect(customInput(el)!.value).to.equal('');
  },
  async clear(el) {
    el.value = null;
    await settle(el);
  },
  requiredMessage: 'Choose or enter an amount.',
  async pick(el) {
    await click(faceOf(radioLabelled(el, usd(10))));
    await settle(el);
  },
  pickedEntries: [
    ['gift', '10'],
    ['gift-frequency', 'monthly'],
  ],
  settle,
  controls: (el) => [...radios(el, 'frequency'), ...radios(el), customInput(el)!],
  checked: (el) => radios(el).find((input) => input.checked)!,
  first: (el) => radios(el)[0]!,
  legend: (el) => root(el).querySelector('legend[part~="legend"]')!,
  textField: (el) => customInput(el)!,
  validText: '7',
  validEntries: [
    ['gift', '7'],
    ['gift-frequency', 'monthly'],
  ],
  invalidText: '0.5',
  invalidMessage: `The smallest amount is ${usd(1)}.`,
  message: (el) => errorOf(el).textContent!.trim(),
});
