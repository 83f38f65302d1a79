/**
 * Attribute values (and framework-set properties) carrying markup, script URLs, huge strings,
 * control characters or prototype keys are shown as text or ignored — never parsed. For every
 * attribute of every element, fast-check generates such values and asserts: no script runs, no
 * element is injected into a shadow root, no link gets a non-http(s) URL, no exception escapes,
 * no prototype is polluted, and every warning names its element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore, type KeyValueBackend } from '@support-kit/core';
import {
  captureWarnings,
  shadowElements,
  uniqueCampaign,
} from '../elements/support-appeal.helpers.js';

/** Storage is not what is fuzzed here: a fast in-memory backend keeps hundreds of runs quick. */
function memoryStore(): SnoozeStore {
  const items = new Map<string, unknown>();
  const backend: KeyValueBackend = {
    getItem: async (key) => items.get(key) ?? null,
    setItem: async (key, value) => void items.set(key, value),
    removeItem: async (key) => void items.delete(key),
  };
  return new SnoozeStore({ backend, session: null, channelName: uniqueCampaign('fuzz') });
}

type Flagged = typeof globalThis & { __xss?: number };
const ran = () => (globalThis as Flagged).__xss;

const SCRIPT = 'window.__xss=1';
const PAYLOADS = [
  `<img src=x onerror="${SCRIPT}">`,
  `"><script>${SCRIPT}</script>`,
  `'><svg onload=${SCRIPT}>`,
  `</style><iframe srcdoc="<script>parent.${SCRIPT}</script>">`,
  `<a href="javascript:${SCRIPT}">x</a>`,
  `javascript:${SCRIPT}`,
  ` JaVaScRiPt:${SCRIPT}`,
  `java\tscript:${SCRIPT}`,
  `data:text/html,<script>${SCRIPT}</script>`,
  `https://example.org/?amount={amount}"><img src=x onerror=${SCRIPT}>`,
  `{amount}<script>${SCRIPT}</script>`,
  `\${${SCRIPT}}`,
  `{{constructor.constructor('${SCRIPT}')()}}`,
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"legend":"<img src=x onerror=window.__xss=1>","cta":"<script>x</script>"}',
  'monthly: <b>2</b>,5; one-off: __proto__',
  '\u0000\u0001\u0007\u001b[31m\u007f\u0085\u2028\u2029\u202e\u200b\ufeff\ud800',
  '-1',
  '0',
  'NaN',
  'Infinity',
  '1e309',
  '0x10',
  '9'.repeat(400),
  'x'.repeat(100_000),
  '',
  ' ',
];

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PAYLOADS), fc.constantFrom(',', ';', ': ', ' '), fc.string())
      .map(([payload, sep, rest]) => `${rest}${sep}${payload}`),
  },
);
/** What frameworks may set as properties: React 19 and Vue 3 set properties when one exists. */
const stringish = fc.oneof(value, fc.constant(null), fc.constant(undefined));
const anyValue = fc.oneof(stringish, fc.integer(), fc.double(), fc.boolean());

/** Tags a kit shadow root may contain; anything else was injected. */
const ALLOWED = new Set([
  'section',
  'dialog',
  'div',
  'p',
  'span',
  'slot',
  'bdi', // an amount or a name isolated inside a sentence
  'a',
  'button',
  'input',
  'label',
  'fieldset',
  'legend',
  'support-amounts',
  'support-remind-later',
]);

function expectClean(el: Element) {
  for (const node of shadowElements(el)) {
    expect(ALLOWED.has(node.localName), `injected <${node.localName}>`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `event-handler attribute ${attr}`).to.equal(false);
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      expect(['http:', 'https:']).to.include(new URL(node.href).protocol);
    }
  }
}

type KitElement = LitElement & { state?: string };

const ELEMENTS = ['support-appeal', 'support-amounts', 'support-remind-later'] as const;
const EXTRA_ATTRIBUTES = ['lang', 'dir'];

function attributesOf(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return [...ctor.observedAttributes, ...EXTRA_ATTRIBUTES];
}
function propertiesOf(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return [...ctor.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name]) => String(name));
}

describe('XSS and bad input fuzzing', function () {
  // Hundreds of renders per element; generous, as the test machines' CPUs are shared (a hung
  // run still fails fast: fast-check's per-run timeout).
  this.timeout(180_000);
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);
  const container = document.createElement('div');
  let shown = 0;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.body.append(container);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  async function mount(tag: string, configure: (el: KitElement) => void): Promise<KitElement> {
    const el = document.createElement(tag) as KitElement;
    if (tag === 'support-appeal') (el as unknown as { store: unknown }).store = memoryStore();
    configure(el);
    container.append(el);
    await el.updateComplete;
    if (tag === 'support-appeal') {
      await waitUntil(() => el.state !== 'pending', 'appeal stayed pending', { timeout: 3000 });
      await el.updateComplete;
      if (el.state === 'shown') shown += 1;
    }
    for (const inner of shadowElements(el)) {
      await (inner as Partial<KitElement>).updateComplete;
    }
    return el;
  }

  for (const tag of ELEMENTS) {
    it(`<${tag}>: every attribute, at creation and on change`, async () => {
      const names = attributesOf(tag);
      expect(names.length).to.be.at.least(tag === 'support-appeal' ? 20 : 3);
      const attrs = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length });
      const warnings = await captureWarnings(() =>
        fc.assert(
          fc.asyncProperty(attrs, attrs, async (first, second) => {
            const el = await mount(tag, (node) => {
              for (const [name, v] of Object.entries(first)) node.setAttribute(name, v);
            });
            try {
              expectClean(el);
              for (const [name, v] of Object.entries(second)) el.setAttribute(name, v);
              await el.updateComplete;
              expectClean(el);
              expect(ran(), 'a payload ran').to.equal(undefined);
            } finally {
              el.remove();
            }
          }),
          { numRuns: tag === 'support-appeal' ? 50 : 100, timeout: 5000 },
        ),
      );
      // Every warning names its element (the appeal's inner <support-amounts> names itself).
      const own =
        tag === 'support-appeal' ? '(support-appeal|support-amounts|support-remind-later)' : tag;
      for (const warning of warnings) expect(warning).to.match(new RegExp(`^<${own}>`));
      expect(escaped, 'exceptions that escaped').to.deep.equal([]);
    });

    it(`<${tag}>: every property, set as a framework would`, async () => {
      const names = propertiesOf(tag);
      const props = fc.record(Object.fromEntries(names.map((name) => [name, anyValue])), {
        requiredKeys: [],
      });
      await captureWarnings(() =>
        fc.assert(
          fc.asyncProperty(props, async (values) => {
            const el = await mount(tag, (node) => Object.assign(node, values));
            try {
              expectClean(el);
              expect(ran(), 'a payload ran').to.equal(undefined);
            } finally {
              el.remove();
            }
          }),
          { numRuns: tag === 'support-appeal' ? 40 : 60, timeout: 5000 },
        ),
      );
      expect(escaped, 'exceptions that escaped').to.deep.equal([]);
    });
  }

  it('the checks themselves catch an injected element, handler or script URL', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('img'));
    expect(() => expectClean(host)).to.throw(/injected <img>/);
    root.replaceChildren(Object.assign(document.createElement('button'), { type: 'button' }));
    root.firstElementChild!.setAttribute('onclick', 'x');
    expect(() => expectClean(host)).to.throw(/event-handler attribute onclick/);
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:void 0');
    root.replaceChildren(link);
    expect(() => expectClean(host)).to.throw();
  });

  it('showed the appeal in many runs (the checks saw rendered appeals, not just empty ones)', () => {
    expect(shown).to.be.at.least(10);
  });

  it('polluted no prototype and ran no payload', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100)); // late onerror handlers
    expect(ran()).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(escaped).to.deep.equal([]);
  });
});
