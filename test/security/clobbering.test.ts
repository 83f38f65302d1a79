// DOM clobbering: markup on the page (a comment, a CMS field that lets tags through) names
// elements after the document's own properties — `<img name="head">` makes `document.head` that
// image. The kit reads the document through the platform's getters, so such markup can neither
// switch the site's policy off, replace it, re-point the checkout, nor break the appeals.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { resetSitePolicy } from '../../packages/elements/testing.js';
import {
  captureWarnings,
  isolatedStore,
  part,
  uniqueCampaign,
} from '../elements/support-appeal.helpers.js';
import { addMeta, clickCta, cta, forgetPolicy, settled } from '../elements/site-policy.helpers.js';

const TAGS = ['img', 'form', 'iframe', 'embed', 'object'];
const NAMES = [
  'head',
  'URL',
  'baseURI',
  'documentURI',
  'querySelector',
  'querySelectorAll',
  'getElementsByTagName',
  'body',
  'documentElement',
  'defaultView',
];

// Made before anything is planted: with `<img name="body">` on the page, `document.body` is
// the image, so the test keeps its own references rather than asking the document.
const stage = document.createElement('div');
document.body.append(stage);
const planted: Element[] = [];

/** Puts attacker markup on the page (removed after the test). */
function plant(tag: string, attributes: Record<string, string>, inside?: Element): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of inside ? [inside] : []) element.append(child);
  stage.append(element);
  planted.push(element);
  return element;
}

/** An appeal as the attacker writes it, in its own place on the page; warnings captured. */
async function injectAppeal(attrs: Record<string, string>, count = 1) {
  const appeals: SupportAppeal[] = [];
  const warnings = await captureWarnings(async () => {
    for (let i = 0; i < count; i++) {
      const appeal = document.createElement('support-appeal') as SupportAppeal;
      for (const [name, value] of Object.entries(attrs)) appeal.setAttribute(name, value);
      appeal.setAttribute('campaign', uniqueCampaign('clobber'));
      appeal.store = isolatedStore();
      stage.append(appeal);
      planted.push(appeal);
      appeals.push(appeal);
    }
    await waitUntil(() => appeals.every(settled), 'an appeal never decided');
    await Promise.all(appeals.map((a) => a.updateComplete));
    await nextFrame();
  });
  return { appeals, warnings };
}

/** The site's policy, in its real `<head>`. */
function sitePolicyMetas() {
  addMeta('checkout-origins', 'https://pay.example');
  addMeta('variants', 'inline');
  addMeta('max-shown', '1');
  addMeta('max-days', '30');
}

const HOSTILE = {
  variant: 'modal',
  dismissible: '',
  'dismiss-days': '3650',
  'checkout-url': 'https://evil.example/?a={amount}',
};

beforeEach(() => resetSitePolicy());
afterEach(() => {
  for (const element of planted.splice(0)) element.remove();
  forgetPolicy();
});

describe('DOM clobbering: the policy holds', () => {
  for (const tag of TAGS) {
    for (const name of NAMES) {
      it(`<${tag} name="${name}">: the site's policy applies, nothing throws`, async () => {
        sitePolicyMetas();
        plant(tag, { name });
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error);
        window.addEventListener('error', onError);
        try {
          const { appeals, warnings } = await injectAppeal(HOSTILE, 2);
          const [first, second] = appeals as [SupportAppeal, SupportAppeal];
          // One appeal shown (max-shown 1), inline (no modal over the page), no link to evil.
          expect([first.state, second.state]).to.deep.equal(['shown', 'suppressed']);
          expect(part(first, 'container')!.localName).to.equal('section');
          expect(cta(first).localName).to.equal('button');
          expect(first.shadowRoot!.querySelector('a[href]')).to.equal(null);
          expect(warnings.some((w) => w.includes('https://evil.example'))).to.equal(true);
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  }

  it('<img id="head">: the policy applies', async () => {
    sitePolicyMetas();
    plant('img', { id: 'head', name: 'head' });
    const { appeals } = await injectAppeal(HOSTILE);
    expect(part(appeals[0]!, 'container')!.localName).to.equal('section');
    expect(cta(appeals[0]!).localName).to.equal('button');
  });

  it('<form name="head"> with a policy meta inside does not replace the site’s policy', async () => {
    addMeta('checkout-origins', 'https://pay.example');
    const meta = document.createElement('meta');
    meta.name = 'support-kit:checkout-origins';
    meta.content = 'https://evil.example';
    plant('form', { name: 'head' }, meta);
    expect(document.head as unknown).to.equal(planted[0]); // the clobbering is real
    const { appeals, warnings } = await injectAppeal({ 'checkout-url': HOSTILE['checkout-url'] });
    expect(cta(appeals[0]!).localName).to.equal('button');
    const { urls, viaLink, navigated } = await clickCta(appeals[0]!);
    expect([urls, viaLink, navigated]).to.deep.equal([[null], false, false]);
    expect(warnings.filter((w) => w.includes('only from <head>'))).to.have.length(1);
  });

  it('<img name="URL"> and <base href>: the site’s relative checkout stays on the site', async () => {
    addMeta('checkout-origins', 'https://pay.example');
    plant('img', { name: 'URL' });
    plant('base', { href: 'https://evil.example/' });
    expect(document.baseURI).to.equal('https://evil.example/'); // the base is real
    const { appeals } = await injectAppeal({ 'checkout-url': '/support?a={amount}' });
    expect(cta(appeals[0]!).getAttribute('href')).to.equal(`${location.origin}/support?a=5`);
  });

  it('a policy that cannot be read restricts: inline only, checkout on the site, one shown', async () => {
    const meta = addMeta('max-shown', '5');
    Object.defineProperty(meta, 'name', {
      get() {
        throw new Error('clobbered');
      },
    });
    const { appeals, warnings } = await injectAppeal(HOSTILE, 2);
    expect(appeals.map((a) => a.state)).to.deep.equal(['shown', 'suppressed']);
    expect(part(appeals[0]!, 'container')!.localName).to.equal('section');
    expect(cta(appeals[0]!).localName).to.equal('button');
    const about = warnings.filter((w) => w.startsWith('<meta>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include('support-kit:*="policy"');
  });
});
