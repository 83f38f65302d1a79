/**
 * Slots with nothing a reader would see in them — whitespace, comments, an element holding only
 * those — keep the kit's built-in content, in every slot of every element; real content
 * replaces it. Markup is parsed from strings, as a page's HTML is, line breaks included.
 */
import { expect, fixtureCleanup, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-remind-later.js';
import '@support-kit/elements/support-amounts.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { isolatedStore, part, uniqueCampaign, waitForState } from './support-appeal.helpers.js';
import { shownText } from './text-language.helpers.js';

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  fixtureCleanup();
});

/** Parses `markup` as a page would and puts it in the document (an appeal gets its own store). */
function mount<T extends Element>(markup: string): T {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = template.content.firstElementChild as T;
  if (el.localName === 'support-appeal') {
    Object.assign(el, { store: isolatedStore() });
    el.setAttribute('campaign', uniqueCampaign('slots'));
  }
  const wrapper = document.createElement('div');
  wrapper.append(template.content);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

async function appeal(inside: string): Promise<SupportAppeal> {
  const el = mount<SupportAppeal>(
    `<support-appeal org="The Daily Example" amounts="2,5,10">${inside}</support-appeal>`,
  );
  await waitForState(el, 'shown');
  return el;
}

const BUILT_IN_MESSAGE = /^Independent reporting takes time.*starting from just \$2\./;

describe('slots left empty in the markup', () => {
  const empties = {
    'a line break': '\n',
    'indentation and line breaks': '\n    \n  ',
    'a comment': '<!-- the message goes here -->',
    'comments between line breaks': '\n  <!-- heading -->\n  <!-- message -->\n',
    'an element holding only whitespace and a comment': '<div>\n  <!-- to do -->\n</div>',
  };

  for (const [what, inside] of Object.entries(empties)) {
    it(`<support-appeal> with ${what}: the built-in heading, message, call to action and label`, async () => {
      const el = await appeal(inside);
      expect(shownText(part(el, 'heading'))).to.equal('A message from The Daily Example');
      expect(shownText(part(el, 'body'))).to.match(BUILT_IN_MESSAGE);
      expect(shownText(part(el, 'cta'))).to.equal('Give $5 a month');
      expect(shownText(part(el, 'remind-later'))).to.equal('Remind me later');
      expect(part(el, 'footer')!.hidden).to.equal(true);
    });
  }

  it('<support-appeal> with named slots holding only whitespace or comments: the built-in text in each', async () => {
    const el = await appeal(`
      <span slot="heading"> </span>
      <span slot="cta"><!-- label --></span>
      <span slot="remind-later">
      </span>
      <small slot="footer">  <!-- small print --> </small>
    `);
    expect(shownText(part(el, 'heading'))).to.equal('A message from The Daily Example');
    expect(shownText(part(el, 'body'))).to.match(BUILT_IN_MESSAGE);
    expect(shownText(part(el, 'cta'))).to.equal('Give $5 a month');
    expect(shownText(part(el, 'remind-later'))).to.equal('Remind me later');
    expect(part(el, 'footer')!.hidden).to.equal(true);
  });

  it('<support-remind-later> with a line break or a comment: "Remind me later"', async () => {
    for (const inside of ['\n', '\n  <!-- label -->\n', '<span> </span>']) {
      const el = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
        `<support-remind-later>${inside}</support-remind-later>`,
      );
      await el.updateComplete;
      expect(shownText(el.shadowRoot!.querySelector('button')), JSON.stringify(inside)).to.equal(
        'Remind me later',
      );
    }
  });

  it('<support-amounts> with a blank legend: the built-in legend', async () => {
    const el = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      `<support-amounts amounts="2,5,10">\n  <span slot="legend"> <!-- legend --> </span>\n</support-amounts>`,
    );
    await el.updateComplete;
    const legend = el.shadowRoot!.querySelector('legend[part~="legend"]')!;
    const slot = legend.querySelector('slot')!;
    expect(slot.assignedNodes()).to.deep.equal([]);
    expect(legend.textContent!.trim()).to.equal('Choose an amount');
  });
});

describe('slots with content', () => {
  it('<support-appeal>: text, elements and images replace the built-in content, comments and line breaks around them notwithstanding', async () => {
    const el = await appeal(`
      <!-- the site's copy -->
      <span slot="heading">Support <b>The Daily Example</b></span>
      Thanks for reading to the end.
      <p>We are independent.</p>
      <span slot="cta">Give now</span>
      <span slot="remind-later">Not now</span>
      <small slot="footer">Payments by an example provider.</small>
    `);
    expect(shownText(part(el, 'heading'))).to.equal('Support The Daily Example');
    expect(shownText(part(el, 'body'))).to.equal(
      'Thanks for reading to the end. We are independent.',
    );
    expect(shownText(part(el, 'cta'))).to.equal('Give now');
    expect(shownText(part(el, 'remind-later'))).to.equal('Not now');
    expect(part(el, 'footer')!.hidden).to.equal(false);
    expect(shownText(part(el, 'footer'))).to.equal('Payments by an example provider.');

    const pictured = await appeal(
      '\n<img slot="heading" alt="The Daily Example" width="40" height="20" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">\n',
    );
    const slot = part(pictured, 'heading')!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['img']);
    expect(shownText(part(pictured, 'heading'))).to.equal('');
  });

  it('<support-remind-later>: its text replaces the label', async () => {
    const el = mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      `<support-remind-later>\n  Not now <!-- short -->\n</support-remind-later>`,
    );
    await el.updateComplete;
    expect(shownText(el.shadowRoot!.querySelector('button'))).to.equal('Not now');
  });

  it('follows the content as it changes: text edited in place, added, removed', async () => {
    const el = await appeal('\n');
    const text = el.firstChild as Text;
    text.data = 'A message written by the site.';
    await waitUntil(
      () => shownText(part(el, 'body')) === 'A message written by the site.',
      'the edited text did not replace the built-in message',
    );
    text.data = '   ';
    await waitUntil(
      () => BUILT_IN_MESSAGE.test(shownText(part(el, 'body'))),
      'blank again, the built-in message did not come back',
    );
    const cta = document.createElement('span');
    cta.slot = 'cta';
    cta.textContent = ' ';
    el.append(cta);
    await nextFrame();
    expect(shownText(part(el, 'cta'))).to.equal('Give $5 a month');
    cta.textContent = 'Count me in';
    await waitUntil(() => shownText(part(el, 'cta')) === 'Count me in', 'the label did not change');
    cta.remove();
    await waitUntil(
      () => shownText(part(el, 'cta')) === 'Give $5 a month',
      'the built-in label did not come back',
    );
  });
});
