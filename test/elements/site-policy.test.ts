// The site policy (<meta name="support-kit:…"> in <head>) and one ask at a time, as a reader
// and a site developer perceive them: links, variants, hide lengths, which appeals show, and
// the console.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-remind-later.js';
import { SnoozeStore, ceilHour, type KeyValueBackend } from '@support-kit/core';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { resetSitePolicy } from '../../packages/elements/testing.js';
import type {
  SupportDismissEvent,
  SupportShowEvent,
  SupportSnoozeEvent,
  SupportSuppressEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import {
  DAY,
  captureWarnings,
  click,
  isolatedStore,
  part,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';
import {
  addMeta,
  appealWith,
  clickCta,
  cta,
  forgetPolicy,
  metas,
  settled,
} from './site-policy.helpers.js';

beforeEach(() => resetSitePolicy());
afterEach(() => forgetPolicy());

const remindLater = (el: SupportAppeal) =>
  part(el, 'remind-later')!.shadowRoot!.querySelector('button')!;

describe('site policy: support-kit:checkout-origins', () => {
  it('an injected appeal with a foreign checkout origin gets no link; the click goes nowhere', async () => {
    addMeta('checkout-origins', 'https://pay.example');
    const { appeal, warnings } = await appealWith({
      'checkout-url': 'https://anywhere.example/steal?amount={amount}',
    });
    expect(appeal.state).to.equal('shown');
    expect(cta(appeal).localName).to.equal('button');
    expect(appeal.shadowRoot!.querySelector('a[href]')).to.equal(null);
    const { urls, viaLink, navigated } = await clickCta(appeal);
    expect(urls).to.deep.equal([null]);
    expect(viaLink).to.equal(false);
    expect(navigated).to.equal(false);
    const named = warnings.filter((w) => w.includes('https://anywhere.example'));
    expect(named).to.have.length(1);
    expect(named[0]).to.match(/^<support-appeal>: ignoring checkout-url="/);
  });

  it('keeps the link to a listed origin and to the page’s own', async () => {
    addMeta('checkout-origins', 'https://pay.example');
    const listed = await appealWith({ 'checkout-url': 'https://pay.example/give?a={amount}' });
    expect(cta(listed.appeal).getAttribute('href')).to.equal('https://pay.example/give?a=5');
    const own = await appealWith({ 'checkout-url': '/support?a={amount}' });
    expect(cta(own.appeal).getAttribute('href')).to.equal(`${location.origin}/support?a=5`);
    expect([...listed.warnings, ...own.warnings]).to.deep.equal([]);
  });

  it('without the meta, any http(s) link renders as today', async () => {
    const { appeal, warnings } = await appealWith({
      'checkout-url': 'https://anywhere.example/give?a={amount}',
    });
    expect(cta(appeal).getAttribute('href')).to.equal('https://anywhere.example/give?a=5');
    expect(warnings).to.deep.equal([]);
  });
});

describe('site policy: support-kit:variants', () => {
  it('a variant the site does not allow falls back to inline, with a warning', async () => {
    addMeta('variants', 'inline banner');
    const { appeal, warnings } = await appealWith({ variant: 'modal' });
    expect(appeal.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(part(appeal, 'container')!.localName).to.equal('section');
    expect(part(appeal, 'container')!.classList.contains('inline')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^<support-appeal>: ignoring variant="modal" — .*support-kit:variants/,
    );
  });

  it('an allowed variant stays', async () => {
    addMeta('variants', 'banner');
    const { appeal, warnings } = await appealWith({ variant: 'banner' });
    expect(part(appeal, 'container')!.classList.contains('banner')).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
});

describe('site policy: support-kit:max-days', () => {
  it('caps dismiss-days from markup: one Escape does not hide the appeal for ten years', async () => {
    addMeta('max-days', '7');
    const { appeal, warnings, now } = await appealWith({ dismissible: '', 'dismiss-days': '3650' });
    const dismissed = recordEvents<SupportDismissEvent>('support-dismiss');
    await click(part(appeal, 'close')!);
    await waitUntil(() => dismissed.events.length === 1);
    dismissed.stop();
    expect(dismissed.events[0]!.detail.until).to.equal(ceilHour(now + 7 * DAY));
    expect(warnings.filter((w) => w.includes('dismiss-days="3650"'))).to.have.length(1);
  });

  it('caps snooze-days and a snooze length passed in', async () => {
    addMeta('max-days', '2');
    const { appeal, now } = await appealWith({ 'snooze-days': '30' });
    const snoozed = recordEvents<SupportSnoozeEvent>('support-snooze');
    await click(remindLater(appeal));
    await waitUntil(() => snoozed.events.length === 1);
    await appeal.reset();
    await appeal.snooze(365);
    await waitUntil(() => snoozed.events.length === 2);
    snoozed.stop();
    expect(snoozed.events.map((e) => e.detail.until)).to.deep.equal([
      ceilHour(now + 2 * DAY),
      ceilHour(now + 2 * DAY),
    ]);
  });
});

describe('site policy: max-days and a "Remind me later" button alone', () => {
  it('caps its days too, with one warning naming the attribute and value', async () => {
    addMeta('max-days', '5');
    const now = Date.UTC(2025, 0, 1);
    const snoozed = recordEvents<SupportSnoozeEvent>('support-snooze');
    const warnings = await captureWarnings(async () => {
      const button = await fixture<HTMLElement & { store: SnoozeStore; snooze(): Promise<void> }>(
        html`<support-remind-later
          campaign=${uniqueCampaign('alone')}
          days="3650"
          .store=${isolatedStore({ now: () => now })}
        ></support-remind-later>`,
      );
      await click(button.shadowRoot!.querySelector('button')!);
      await waitUntil(() => snoozed.events.length === 1, 'no support-snooze');
    });
    snoozed.stop();
    expect(snoozed.events[0]!.detail.until).to.equal(ceilHour(now + 5 * DAY));
    expect(warnings.filter((w) => w.includes('days="3650"'))).to.have.length(1);
  });
});

describe('site policy: bad values, late and <body> metas', () => {
  const bad: Array<[string, string, Record<string, string>, (a: SupportAppeal) => void]> = [
    [
      'checkout-origins',
      'pay.example',
      { 'checkout-url': 'https://pay.example/give' },
      // Nothing usable listed: only the page's own origin (the site meant a limit).
      (a) => expect(cta(a).localName).to.equal('button'),
    ],
    [
      'variants',
      'popup',
      { variant: 'banner' },
      (a) => expect(part(a, 'container')!.classList.contains('inline')).to.equal(true),
    ],
    ['max-shown', 'none', {}, (a) => expect(a.state).to.equal('shown')],
    ['max-days', 'forever', {}, (a) => expect(a.state).to.equal('shown')],
  ];
  for (const [name, content, attrs, check] of bad) {
    it(`support-kit:${name}="${content}": one warning naming the meta and the value`, async () => {
      addMeta(name, content);
      const { appeal, warnings } = await appealWith(attrs);
      check(appeal);
      const about = warnings.filter((w) => w.startsWith('<meta>'));
      expect(about).to.have.length(1);
      expect(about[0]).to.include(`ignoring support-kit:${name}="${content}"`);
    });
  }

  it('ignores a meta added after the first appeal connected, with one warning', async () => {
    const first = await appealWith({ 'checkout-url': 'https://anywhere.example/a' });
    expect(first.warnings).to.deep.equal([]);
    addMeta('checkout-origins', 'https://pay.example');
    const later = await appealWith({ 'checkout-url': 'https://anywhere.example/b' });
    const again = await appealWith({});
    expect(cta(later.appeal).localName).to.equal('a');
    expect(later.warnings).to.have.length(1);
    expect(later.warnings[0]).to.match(
      /^<meta>: ignoring support-kit:checkout-origins="https:\/\/pay.example" — added after/,
    );
    expect(again.warnings).to.deep.equal([]);
  });

  it('ignores a meta in <body>, with one warning', async () => {
    addMeta('max-shown', '1', document.body);
    addMeta('variants', 'inline', document.body);
    const { appeal, warnings } = await appealWith({ variant: 'banner' });
    expect(part(appeal, 'container')!.classList.contains('banner')).to.equal(true);
    expect(warnings).to.have.length(2);
    expect(warnings.every((w) => w.includes('only from <head>'))).to.equal(true);
  });
});

// ——— one ask at a time ———

/** A store whose reads wait until `release()`; `record` is what every read then finds. */
function gatedStore(record: unknown = null) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const backend: KeyValueBackend = {
    getItem: async () => {
      await gate;
      return record;
    },
    setItem: async () => undefined,
    removeItem: async () => undefined,
  };
  const store = new SnoozeStore({
    backend,
    session: null,
    timeoutMs: 60_000,
    channelName: uniqueCampaign('gated'),
  });
  return { store, release };
}

function permutations(n: number): number[][] {
  if (n === 1) return [[0]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

/** Appeals with these priorities, each on its own gated store, in one fixture (one batch). */
async function appealsAtLoad(priorities: number[], records: unknown[] = []) {
  const gated = priorities.map((_, i) => gatedStore(records[i] ?? null));
  const root = await fixture<HTMLElement>(
    html`<div>
      ${priorities.map(
        (priority, i) =>
          html`<support-appeal
            campaign=${uniqueCampaign(`rank-${i}`)}
            priority=${priority}
            .store=${gated[i]!.store}
          ></support-appeal>`,
      )}
    </div>`,
  );
  const appeals = [...root.querySelectorAll<SupportAppeal>('support-appeal')];
  return { root, appeals, release: (i: number) => gated[i]!.release() };
}

/** A late appeal (SPA-style), with a store that answers at once. */
async function addLate(root: HTMLElement, priority = 0) {
  const late = document.createElement('support-appeal') as SupportAppeal;
  late.campaign = uniqueCampaign('late');
  late.setAttribute('priority', String(priority));
  late.store = isolatedStore();
  root.append(late);
  await waitUntil(() => settled(late), 'the late appeal never decided');
  return late;
}

describe('one ask at a time: support-kit:max-shown', () => {
  let shows: ReturnType<typeof recordEvents<SupportShowEvent>>;
  let suppresses: ReturnType<typeof recordEvents<SupportSuppressEvent>>;
  beforeEach(() => {
    shows = recordEvents('support-show');
    suppresses = recordEvents('support-suppress');
  });
  afterEach(() => {
    shows.stop();
    suppresses.stop();
  });

  for (const order of permutations(3)) {
    it(`ranks the appeals present at load by priority, reads finishing in order ${order.join(',')}`, async () => {
      addMeta('max-shown', '1');
      const { appeals, release } = await appealsAtLoad([0, 2, 2]);
      for (const i of order) {
        release(i);
        await nextFrame();
        await nextFrame();
      }
      await waitUntil(() => appeals.every(settled), 'not every appeal decided');
      // The first of the two priority-2 appeals, in document order; the others never flash.
      expect(appeals.map((a) => a.state)).to.deep.equal(['suppressed', 'shown', 'suppressed']);
      expect(shows.events.map((e) => e.target)).to.deep.equal([appeals[1]]);
      expect(suppresses.events.map((e) => e.detail.reason)).to.deep.equal([
        'outranked',
        'outranked',
      ]);
      expect(appeals[0]!.getBoundingClientRect().height).to.equal(0);
      expect(appeals[2]!.getBoundingClientRect().height).to.equal(0);
    });
  }

  it('a higher-ranked appeal the reader snoozed earlier leaves its place to the next', async () => {
    addMeta('max-shown', '1');
    const snoozed = {
      version: 1,
      snoozeCount: 1,
      snoozedUntil: Date.now() + DAY,
      dismissedUntil: null,
      views: [],
      updatedAt: Date.now(),
    };
    const { appeals, release } = await appealsAtLoad([0, 5], [null, snoozed]);
    release(0);
    await nextFrame();
    expect(appeals[0]!.state).to.equal('pending'); // waits for the higher rank
    release(1);
    await waitUntil(() => appeals.every(settled));
    expect(appeals.map((a) => a.state)).to.deep.equal(['shown', 'suppressed']);
    expect(suppresses.events.map((e) => e.detail.reason)).to.deep.equal(['snoozed']);
  });

  it('shows two under max-shown="2", and all without the meta', async () => {
    addMeta('max-shown', '2');
    const { appeals, release } = await appealsAtLoad([0, 1, 2]);
    [0, 1, 2].forEach(release);
    await waitUntil(() => appeals.every(settled));
    expect(appeals.map((a) => a.state)).to.deep.equal(['suppressed', 'shown', 'shown']);
    resetSitePolicy();
    for (const meta of metas.splice(0)) meta.remove();
    const open = await appealsAtLoad([0, 1, 2]);
    [0, 1, 2].forEach(open.release);
    await waitUntil(() => open.appeals.every(settled));
    expect(open.appeals.map((a) => a.state)).to.deep.equal(['shown', 'shown', 'shown']);
  });

  it('an appeal added later shows only while a place is free; a freed place goes to one added after', async () => {
    addMeta('max-shown', '1');
    const { root, appeals, release } = await appealsAtLoad([0]);
    release(0);
    await waitForState(appeals[0]!, 'shown');
    const late = await addLate(root, 99);
    expect(late.state).to.equal('suppressed');
    expect(appeals[0]!.state).to.equal('shown'); // never hidden to make room
    appeals[0]!.remove();
    await nextFrame();
    expect(late.state).to.equal('suppressed'); // losers stay suppressed for the page view
    const next = await addLate(root);
    expect(next.state).to.equal('shown');
  });

  for (const action of ['snoozed', 'dismissed'] as const) {
    it(`an appeal the reader ${action} keeps its place for the page view`, async () => {
      addMeta('max-shown', '1');
      const { root, appeals, release } = await appealsAtLoad([1, 0]);
      release(0);
      release(1);
      await waitUntil(() => appeals.every(settled));
      expect(appeals.map((a) => a.state)).to.deep.equal(['shown', 'suppressed']);
      if (action === 'snoozed') await click(remindLater(appeals[0]!));
      else await appeals[0]!.dismiss();
      await waitForState(appeals[0]!, 'suppressed');
      expect(appeals[1]!.state).to.equal('suppressed');
      const late = await addLate(root);
      expect(late.state).to.equal('suppressed');
      expect(shows.events.map((e) => e.target)).to.deep.equal([appeals[0]]);
    });
  }

  it('warns about a priority that is not a whole number, and uses 0', async () => {
    addMeta('max-shown', '1');
    let result!: Awaited<ReturnType<typeof appealsAtLoad>>;
    const warnings = await captureWarnings(async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <support-appeal
            campaign=${uniqueCampaign('p')}
            priority="high"
            .store=${isolatedStore()}
          ></support-appeal>
          <support-appeal
            campaign=${uniqueCampaign('p')}
            priority="-1"
            .store=${isolatedStore()}
          ></support-appeal>
        </div>`,
      );
      const appeals = [...root.querySelectorAll<SupportAppeal>('support-appeal')];
      await waitUntil(() => appeals.every(settled));
      result = { root, appeals, release: () => {} };
    });
    expect(result.appeals.map((a) => a.state)).to.deep.equal(['shown', 'suppressed']);
    expect(warnings).to.deep.equal([
      '<support-appeal>: ignoring priority="high" — not a whole number. Using 0.',
    ]);
  });
});
