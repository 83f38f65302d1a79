import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import {
  SnoozeStore,
  emptyRecord,
  groupSet,
  parseGroups,
  type CampaignRecord,
} from '@support-kit/core';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import { seededRandom, setExperimentRandom } from '../../packages/elements/testing.js';
import type {
  SupportAmountChangeEvent,
  SupportShowEvent,
  SupportSnoozeEvent,
  SupportSuppressEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import experimentStories from '../../stories/experiments.stories.js';
import {
  blockedStore,
  captureWarnings,
  part,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';

/** The text a reader sees in a slot of the appeal (its assigned light-DOM content). */
const slotted = (el: SupportAppeal, name: string): string => {
  const slot = part(el, name)?.querySelector('slot') ?? null;
  return (slot?.assignedNodes() ?? [])
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
};

const appeal = (campaign: string, store: SnoozeStore, experiment = 'copy') =>
  fixture<SupportAppeal>(html`
    <support-appeal campaign=${campaign} .store=${store} experiment=${experiment} amounts="5,10">
      <span slot="heading">Markup heading</span>
      <p>Markup message</p>
      <template group="a"><span slot="heading">Heading A</span></template>
      <template group="b" amounts="20,40" variant="banner"
        ><span slot="heading">Heading B</span>
        <p>Message B</p></template
      >
      <template group="off" holdout weight="0"></template>
    </support-appeal>
  `);

describe('support-appeal experiments', () => {
  afterEach(() => {
    setExperimentRandom();
    history.replaceState(null, '', location.pathname);
  });

  it('shows the drawn group: its content cloned into the slots, its attributes applied, events tagged', async () => {
    setExperimentRandom(() => 0.9); // a, b weigh 1 each, off 0: 0.9 → b
    const shows = recordEvents<SupportShowEvent>('support-show');
    const campaign = uniqueCampaign('exp');
    const store = new SnoozeStore();
    const el = await appeal(campaign, store);
    await waitForState(el, 'shown');
    shows.stop();
    expect(slotted(el, 'heading')).to.equal('Heading B');
    expect(slotted(el, 'body')).to.contain('Message B');
    expect(slotted(el, 'body')).not.to.contain('Markup message');
    expect(el.amounts).to.equal('20,40');
    expect(el.shadowRoot!.querySelector('.container')!.className).to.contain('banner');
    expect(shows.events.map((e) => e.detail)).to.deep.equal([
      { campaign, variant: 'banner', experiment: 'copy', group: 'b' },
    ]);
    expect(el.querySelectorAll('template').length, 'templates stay in place').to.equal(3);
    expect((await store.read(campaign))?.groups?.['copy']?.group).to.equal('b');
  });

  it('keeps the group across reloads and tabs (a new store reading the same storage)', async () => {
    const campaign = uniqueCampaign('sticky');
    setExperimentRandom(() => 0.1); // → a
    const first = await appeal(campaign, new SnoozeStore());
    await waitForState(first, 'shown');
    expect(slotted(first, 'heading')).to.equal('Heading A');
    // A reload comes after the assignment is stored (the write is not awaited by the appeal).
    const reader = new SnoozeStore();
    await waitUntil(async () => (await reader.read(campaign))?.groups, 'never stored');
    first.remove();
    setExperimentRandom(() => 0.9); // a new draw would give b
    for (let i = 0; i < 2; i++) {
      const again = await appeal(campaign, new SnoozeStore());
      await waitForState(again, 'shown');
      expect(slotted(again, 'heading')).to.equal('Heading A');
      again.remove();
    }
  });

  it('suppresses the holdout group with reason "holdout", counted in the suppress event', async () => {
    const campaign = uniqueCampaign('holdout');
    const suppressed = recordEvents<SupportSuppressEvent>('support-suppress');
    const el = await fixture<SupportAppeal>(html`
      <support-appeal campaign=${campaign} .store=${new SnoozeStore()} experiment="h">
        <template group="ask"></template>
        <template group="none" holdout weight="1000000"></template>
      </support-appeal>
    `);
    await waitForState(el, 'suppressed');
    suppressed.stop();
    expect(suppressed.events.map((e) => e.detail)).to.deep.equal([
      { campaign, reason: 'holdout', until: null, experiment: 'h', group: 'none' },
    ]);
  });

  it('previews ?support-group=NAME:ID without storing it; an unknown id warns and assigns', async () => {
    setExperimentRandom(() => 0.1); // → a
    history.replaceState(null, '', '?support-group=copy:b');
    const campaign = uniqueCampaign('preview');
    const store = new SnoozeStore();
    const el = await appeal(campaign, store);
    await waitForState(el, 'shown');
    expect(slotted(el, 'heading')).to.equal('Heading B');
    expect((await store.read(campaign))?.groups).to.equal(undefined);
    el.remove();

    history.replaceState(null, '', '?support-group=copy:zzz');
    let other!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      other = await appeal(uniqueCampaign('preview-bad'), new SnoozeStore());
      await waitForState(other, 'shown');
    });
    expect(slotted(other, 'heading')).to.equal('Heading A');
    expect(warnings.filter((w) => w.includes('support-group="copy:zzz"'))).to.have.length(1);
  });

  it('marks the events of a previewed group: preview: true, also for the holdout', async () => {
    history.replaceState(null, '', '?support-group=copy:off');
    const campaign = uniqueCampaign('preview-holdout');
    const suppressed = recordEvents<SupportSuppressEvent>('support-suppress');
    const el = await appeal(campaign, new SnoozeStore());
    await waitForState(el, 'suppressed');
    suppressed.stop();
    expect(suppressed.events.map((e) => e.detail)).to.deep.equal([
      { campaign, reason: 'holdout', until: null, experiment: 'copy', group: 'off', preview: true },
    ]);
    el.remove();
    history.replaceState(null, '', '?support-group=copy:a');
    const shows = recordEvents<SupportShowEvent>('support-show');
    const shown = await appeal(uniqueCampaign('preview-a'), new SnoozeStore());
    await waitForState(shown, 'shown');
    shows.stop();
    expect(shows.events[0]!.detail).to.include({ group: 'a', preview: true });
  });

  it('injected markup cannot put readers in the holdout: another group set draws afresh', async () => {
    setExperimentRandom(() => 0.99); // a fresh draw among the site's groups: ask
    const campaign = uniqueCampaign('spring');
    const store = new SnoozeStore();
    // The attacker's appeal, hidden, for the site's campaign and experiment name.
    const injected = await fixture<SupportAppeal>(html`
      <support-appeal
        hidden
        supporter
        campaign=${campaign}
        .store=${store}
        experiment="spring-copy"
      >
        <template group="control"></template>
      </support-appeal>
    `);
    await waitForState(injected, 'suppressed');
    await waitUntil(async () => (await store.read(campaign))?.groups, 'never assigned');
    injected.remove();
    // The site's appeal, on a later visit: its holdout is also called "control".
    const site = await fixture<SupportAppeal>(html`
      <support-appeal campaign=${campaign} .store=${new SnoozeStore()} experiment="spring-copy">
        <template group="control" holdout></template>
        <template group="ask"><p>Please give</p></template>
      </support-appeal>
    `);
    await waitForState(site, 'shown');
    expect(slotted(site, 'body')).to.equal('Please give');
    expect((await store.read(campaign))?.groups?.['spring-copy']?.group).to.equal('ask');
  });

  it('keeps an assignment only for the same group set and until it expires', async () => {
    setExperimentRandom(() => 0.9); // a new draw: b
    const store = new SnoozeStore();
    const now = Date.now();
    const set = groupSet(
      parseGroups(
        [
          [['group', 'a']],
          [['group', 'b']],
          [
            ['group', 'off'],
            ['holdout', ''],
            ['weight', '0'],
          ],
        ],
        () => {},
      )!,
    );
    const cases: Array<[string, unknown, string]> = [
      ['same set', { group: 'a', set, until: now + 3_600_000 }, 'Heading A'],
      ['other set', { group: 'a', set: 'zzz', until: now + 3_600_000 }, 'Heading B'],
      ['expired', { group: 'a', set, until: now - 1 }, 'Heading B'],
      ['legacy bare id', 'a', 'Heading B'],
      ['removed group', { group: 'removed', set, until: now + 3_600_000 }, 'Heading B'],
    ];
    for (const [name, entry, heading] of cases) {
      const campaign = uniqueCampaign('bound');
      await store.update(campaign, () => ({
        ...emptyRecord(1),
        groups: { copy: entry } as unknown as CampaignRecord['groups'],
      }));
      const el = await appeal(campaign, store);
      await waitForState(el, 'shown');
      expect(slotted(el, 'heading'), name).to.equal(heading);
      const stored = (await store.read(campaign))?.groups?.['copy'];
      expect(stored?.group, name).to.equal(heading === 'Heading A' ? 'a' : 'b');
      expect(stored?.set, name).to.equal(set);
      // One banner at a time, as on a real page: four stacked banners make Firefox report a
      // ResizeObserver loop (noted for the banner controllers, not this test's subject).
      el.remove();
    }
  });

  it('stores a fresh assignment until experiment-days, rounded up to the hour', async () => {
    const campaign = uniqueCampaign('days');
    const now = Date.UTC(2026, 0, 1, 10, 17);
    const store = new SnoozeStore({ now: () => now });
    const el = await fixture<SupportAppeal>(html`
      <support-appeal campaign=${campaign} .store=${store} experiment="d" experiment-days="7">
        <template group="a"><p>A</p></template>
      </support-appeal>
    `);
    await waitForState(el, 'shown');
    await waitUntil(async () => (await store.read(campaign))?.groups?.['d'], 'never stored');
    expect((await store.read(campaign))?.groups?.['d']?.until).to.equal(Date.UTC(2026, 0, 8, 11));
  });

  it('bad templates: one warning, no experiment, the markup as written', async () => {
    const shows = recordEvents<SupportShowEvent>('support-show');
    let el!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SupportAppeal>(html`
        <support-appeal
          campaign=${uniqueCampaign('bad')}
          .store=${new SnoozeStore()}
          experiment="x"
        >
          <span slot="heading">Markup heading</span>
          <template group="a"><span slot="heading">A</span></template>
          <template group="a"></template>
        </support-appeal>
      `);
      await waitForState(el, 'shown');
    });
    shows.stop();
    expect(warnings).to.deep.equal([
      '<support-appeal>: ignoring group="a" — two templates have this id. No experiment.',
    ]);
    expect(slotted(el, 'heading')).to.equal('Markup heading');
    expect(shows.events[0]!.detail).not.to.have.property('experiment');
  });

  it('with storage blocked, assigns in memory and keeps the group on this page', async () => {
    const store = blockedStore();
    const campaign = uniqueCampaign('blocked');
    setExperimentRandom(seededRandom(7));
    const first = await appeal(campaign, store);
    await waitForState(first, 'shown');
    const heading = slotted(first, 'heading');
    for (const seed of [1, 2, 3, 4]) {
      setExperimentRandom(seededRandom(seed));
      const again = await appeal(campaign, store);
      await waitForState(again, 'shown');
      expect(slotted(again, 'heading')).to.equal(heading);
    }
  });

  it('clones template content with its scripts inert', async () => {
    (window as unknown as { ranFromTemplate?: boolean }).ranFromTemplate = false;
    let el!: SupportAppeal;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SupportAppeal>(html`
        <support-appeal
          campaign=${uniqueCampaign('script')}
          .store=${new SnoozeStore()}
          experiment="s"
        >
          <template group="only"
            ><p>
              Safe
              <script>
                window.ranFromTemplate = true;
              </script>
            </p></template
          >
        </support-appeal>
      `);
      await waitForState(el, 'shown');
    });
    expect(warnings).to.deep.equal([
      '<support-appeal>: ignoring template="<script>" — only text and simple formatting are copied.',
    ]);
    expect((window as unknown as { ranFromTemplate?: boolean }).ranFromTemplate).to.equal(false);
    expect(slotted(el, 'body')).to.equal('Safe');
    expect(el.querySelectorAll(':scope > p script')).to.have.length(0);
  });

  it('the stories preview their group through ?support-group', async () => {
    const render = experimentStories.render as (args: { group: string }) => unknown;
    const root = await fixture<HTMLElement>(html`<div>${render({ group: 'short' })}</div>`);
    const el = root.querySelector('support-appeal')!;
    await waitForState(el, 'shown');
    expect(slotted(el, 'heading')).to.equal('Independent journalism, banned in Russia');
    expect(new URLSearchParams(location.search).get('support-group')).to.equal('seed-2026:short');
  });

  it('tags the reader actions too: snooze and the inner amount change', async () => {
    setExperimentRandom(() => 0.1); // → a
    const snoozes = recordEvents<SupportSnoozeEvent>('support-snooze');
    const changes = recordEvents<SupportAmountChangeEvent>('support-amount-change');
    const el = await appeal(uniqueCampaign('actions'), new SnoozeStore());
    await waitForState(el, 'shown');
    const amounts = part(el, 'amounts')!;
    amounts.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="amount"]')[0]!.click();
    await el.snooze();
    snoozes.stop();
    changes.stop();
    expect(changes.events.map((e) => [e.detail.experiment, e.detail.group])).to.deep.equal([
      ['copy', 'a'],
    ]);
    expect(snoozes.events.map((e) => [e.detail.experiment, e.detail.group])).to.deep.equal([
      ['copy', 'a'],
    ]);
  });

  it('decides after one storage read: the assignment comes with the campaign record', async () => {
    const data = new Map<string, unknown>();
    let reads = 0;
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const backend = {
      // Only the first read answers at once; any further one waits until the gate opens.
      getItem: async (key: string) => {
        reads += 1;
        if (reads > 1) await gate;
        return data.get(key) ?? null;
      },
      setItem: (key: string, value: unknown) => (data.set(key, value), Promise.resolve(value)),
      removeItem: (key: string) => Promise.resolve(data.delete(key)),
    };
    const campaign = uniqueCampaign('one-read');
    setExperimentRandom(() => 0.9); // → b
    const el = await appeal(
      campaign,
      new SnoozeStore({ backend, session: null, timeoutMs: 60_000 }),
    );
    await waitForState(el, 'shown'); // with the gate still closed
    expect(slotted(el, 'heading')).to.equal('Heading B');
    open();
    await waitUntil(() => (data.get(campaign) as { groups?: object } | undefined)?.groups);
    const stored = data.get(campaign) as { groups: Record<string, { group: string }> };
    expect(stored.groups['copy']!.group).to.equal('b');
  });
});
