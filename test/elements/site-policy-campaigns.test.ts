// `<meta name="support-kit:campaigns">`, the priority clamp and appeals a reader cannot see:
// which appeals take the page's places under `max-shown`, as a reader and a site perceive it.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore, type KeyValueBackend } from '@support-kit/core';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { resetSitePolicy } from '../../packages/elements/testing.js';
import type {
  SupportShowEvent,
  SupportSuppressEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import {
  captureWarnings,
  isolatedStore,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
import { addMeta, forgetPolicy, settled } from './site-policy.helpers.js';

beforeEach(() => resetSitePolicy());
afterEach(() => forgetPolicy());

/** A store that records every storage operation. */
function recordingStore() {
  const calls: string[] = [];
  const backend: KeyValueBackend = {
    getItem: async (key) => {
      calls.push(`get ${key}`);
      return null;
    },
    setItem: async (key) => {
      calls.push(`set ${key}`);
    },
    removeItem: async (key) => {
      calls.push(`remove ${key}`);
    },
  };
  const store = new SnoozeStore({
    backend,
    session: null,
    channelName: uniqueCampaign('recording'),
  });
  return { store, calls };
}

const appealsIn = (root: Element) => [...root.querySelectorAll<SupportAppeal>('support-appeal')];

describe('support-kit:campaigns', () => {
  it('an unlisted campaign never shows, touches no storage, says policy once', async () => {
    addMeta('campaigns', 'spring-2027 autumn');
    const { store, calls } = recordingStore();
    const suppresses = recordEvents<SupportSuppressEvent>('support-suppress');
    let appeal!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      appeal = await fixture<SupportAppeal>(html`
        <support-appeal campaign="evil" .store=${store} experiment="x" dismissible>
          <template group="control"></template>
        </support-appeal>
      `);
      await waitForState(appeal, 'suppressed');
      await appeal.dismiss(); // a script's call: still nothing written
      await appeal.reset();
      await nextFrame();
    });
    suppresses.stop();
    expect(appeal.getBoundingClientRect().height).to.equal(0);
    expect(calls).to.deep.equal([]);
    expect(suppresses.events.map((e) => [e.detail.campaign, e.detail.reason])).to.deep.include([
      'evil',
      'policy',
    ]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<support-appeal>: ignoring campaign="evil"/);
  });

  it('a listed campaign shows as usual', async () => {
    addMeta('campaigns', 'spring-2027 autumn');
    const appeal = await fixture<SupportAppeal>(
      html`<support-appeal campaign="autumn" .store=${isolatedStore()}></support-appeal>`,
    );
    await waitForState(appeal, 'shown');
  });

  it('ranks by list order: a priority cannot lift an appeal above the site’s order', async () => {
    addMeta('campaigns', 'spring-2027 autumn');
    addMeta('max-shown', '1');
    let root!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      root = await fixture<HTMLElement>(
        html`<div>
          <support-appeal
            campaign="autumn"
            priority="999999999"
            .store=${isolatedStore()}
          ></support-appeal>
          <support-appeal campaign="spring-2027" priority="-5" .store=${isolatedStore()}>
          </support-appeal>
        </div>`,
      );
      await waitUntil(() => appealsIn(root).every(settled));
    });
    expect(appealsIn(root).map((a) => a.state)).to.deep.equal(['suppressed', 'shown']);
    expect(warnings).to.deep.equal([
      '<support-appeal>: ignoring priority="999999999" — the range is ±1000. Using 1000.',
    ]);
  });

  it('an empty list names nothing usable: one warning, no appeal shows', async () => {
    addMeta('campaigns', ' ');
    let appeal!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      appeal = await fixture<SupportAppeal>(
        html`<support-appeal campaign="spring" .store=${isolatedStore()}></support-appeal>`,
      );
      await waitForState(appeal, 'suppressed');
    });
    expect(
      warnings.filter((w) => w.startsWith('<meta>: ignoring support-kit:campaigns')),
    ).to.have.length(1);
    expect(warnings.filter((w) => w.includes('campaign="spring"'))).to.have.length(1);
  });

  it('without the meta, priority is clamped to ±1000: the first of two equals wins', async () => {
    addMeta('max-shown', '1');
    let root!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      root = await fixture<HTMLElement>(
        html`<div>
          <support-appeal
            campaign=${uniqueCampaign('a')}
            priority="1000"
            .store=${isolatedStore()}
          ></support-appeal>
          <support-appeal
            campaign=${uniqueCampaign('b')}
            priority="999999999"
            .store=${isolatedStore()}
          ></support-appeal>
        </div>`,
      );
      await waitUntil(() => appealsIn(root).every(settled));
    });
    expect(appealsIn(root).map((a) => a.state)).to.deep.equal(['shown', 'suppressed']);
    expect(warnings).to.deep.equal([
      '<support-appeal>: ignoring priority="999999999" — the range is ±1000. Using 1000.',
    ]);
  });
});

describe('one ask at a time: an appeal a reader cannot see holds no place', () => {
  const wrappers: Array<[string, (appeal: ReturnType<typeof html>) => ReturnType<typeof html>]> = [
    ['hidden', (a) => html`<div>${a}</div>`],
    ['inside display: none', (a) => html`<div style="display: none">${a}</div>`],
    [
      'inside a closed <details>',
      (a) =>
        html`<details>
          <summary>More</summary>
          ${a}
        </details>`,
    ],
    [
      'inside a zero-size box',
      (a) => html`<div style="width: 0; height: 0; overflow: hidden">${a}</div>`,
    ],
    ['sized to zero', (a) => html`<div>${a}</div>`],
  ];
  for (const [name, wrap] of wrappers) {
    it(`${name}: the site's appeal gets the place`, async () => {
      addMeta('max-shown', '1');
      const shows = recordEvents<SupportShowEvent>('support-show');
      const injected = html`<support-appeal
        campaign=${uniqueCampaign('c1')}
        priority="999999999"
        ?hidden=${name === 'hidden'}
        style=${name === 'sized to zero' ? 'width: 0; height: 0; overflow: hidden' : ''}
        .store=${isolatedStore()}
      ></support-appeal>`;
      let root!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        root = await fixture<HTMLElement>(
          html`<div>
            ${wrap(injected)}
            <support-appeal campaign=${uniqueCampaign('site')} .store=${isolatedStore()}>
            </support-appeal>
          </div>`,
        );
        await waitForState(appealsIn(root)[1]!, 'shown');
        await nextFrame();
      });
      shows.stop();
      const [hidden, site] = appealsIn(root) as [SupportAppeal, SupportAppeal];
      expect(warnings).to.have.length(1); // the clamped priority
      expect(hidden.state).to.equal('pending');
      expect(shows.events.map((e) => e.target)).to.deep.equal([site]);
    });
  }

  it('an appeal that becomes visible later takes a place that is free', async () => {
    addMeta('max-shown', '1');
    const { store, calls } = recordingStore();
    const details = await fixture<HTMLDetailsElement>(
      html`<details>
        <summary>More</summary>
        <support-appeal campaign=${uniqueCampaign('later')} .store=${store}></support-appeal>
      </details>`,
    );
    const appeal = details.querySelector<SupportAppeal>('support-appeal')!;
    await waitUntil(() => calls.length > 0, 'the appeal never read its record');
    await nextFrame();
    await nextFrame();
    expect(appeal.state).to.equal('pending');
    details.open = true;
    await waitForState(appeal, 'shown');
  });

  it('without max-shown, visibility does not matter (as before)', async () => {
    const appeal = await fixture<SupportAppeal>(
      html`<support-appeal hidden campaign=${uniqueCampaign('h')} .store=${isolatedStore()}>
      </support-appeal>`,
    );
    await waitForState(appeal, 'shown');
  });
});
