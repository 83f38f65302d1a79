import { expect } from '@open-wc/testing';
import {
  DAY_MS,
  READER_KEY,
  SnoozeStore,
  applySnooze,
  countReads,
  forgetAll,
  localDay,
  recordRead,
  setCounting,
  type KeyValueBackend,
  type ReaderRecord,
} from '../../packages/core/src/index.js';
import { MapBackend } from '../elements/reading.helpers.js';

const HOUR = 3_600_000;
const T0 = new Date(2025, 5, 1, 9).getTime(); // 09:00 local time
const never = () => new Promise<never>(() => {});

let channels = 0;
const channel = () => `support-kit-reader-test-${Date.now()}-${++channels}`;

/** A page of a tab: a new store (as after a reload) on the shared backend, at time `now`. */
function page(backend: KeyValueBackend, now: () => number, channelName = channel()) {
  return new SnoozeStore({ backend, session: null, timeoutMs: 50, channelName, now });
}

/** One article page view counted into the store (the id never reaches it). */
const readOn = (store: SnoozeStore, _id: string) =>
  store.updateReader((current) => recordRead(current, store.now()));

describe('the reader record in the store', () => {
  const stores: SnoozeStore[] = [];
  const open = (store: SnoozeStore) => (stores.push(store), store);
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('counts across reloads with a shifted clock: every page view, per day', async () => {
    const backend = new MapBackend();
    let now = T0;
    await readOn(open(page(backend, () => now)), '/a');
    now += HOUR;
    await readOn(open(page(backend, () => now)), '/a'); // a reload may count again
    await readOn(open(page(backend, () => now)), '/b');
    now += DAY_MS;
    await readOn(open(page(backend, () => now)), '/a');
    const stored = await open(page(backend, () => now)).readReader();
    expect(countReads(stored, now)).to.equal(4);
    expect(countReads(stored, now, 1)).to.equal(1);
  });

  it('stores counts per day and nothing else: no article id, hash, salt or time of day', async () => {
    const backend = new MapBackend();
    await readOn(open(page(backend, () => T0)), '/secret-article');
    const stored = backend.data.get(READER_KEY) as ReaderRecord;
    expect(stored).to.deep.equal({
      v: 2,
      counting: true,
      days: [[localDay(T0), 1]],
      updatedAt: localDay(T0),
    });
  });

  it('prunes counts older than 400 days when it writes', async () => {
    const backend = new MapBackend();
    let now = T0;
    await readOn(open(page(backend, () => now)), '/a');
    now += 401 * DAY_MS;
    await readOn(open(page(backend, () => now)), '/b');
    const stored = backend.data.get(READER_KEY) as ReaderRecord;
    expect(stored.days).to.have.length(1);
    expect(countReads(stored, now, 400)).to.equal(1);
  });

  it('opt-out then reload: nothing counted, nothing stored but the flag', async () => {
    const backend = new MapBackend();
    const now = () => T0;
    const store = open(page(backend, now));
    await readOn(store, '/a');
    await setCounting(false, store);
    const reloaded = open(page(backend, now));
    await readOn(reloaded, '/b');
    const stored = backend.data.get(READER_KEY) as ReaderRecord;
    expect(stored).to.deep.equal({ v: 2, counting: false, days: [], updatedAt: localDay(T0) });
    expect(countReads(await reloaded.readReader(), T0)).to.equal(null);
    await setCounting(true, reloaded);
    expect(backend.data.has(READER_KEY)).to.equal(false);
  });

  it('forget in one tab clears every campaign and the count, and reaches the other tab', async () => {
    const backend = new MapBackend();
    const channelName = channel();
    const tabA = open(page(backend, () => T0, channelName));
    const tabB = open(page(backend, () => T0, channelName));
    await readOn(tabB, '/a');
    await tabB.update('spring', (current) => applySnooze(current, [7], T0));
    await tabB.update('autumn', (current) => applySnooze(current, [7], T0));
    const heardCampaigns: string[] = [];
    const bothHeard = new Promise<void>((resolve) =>
      tabB.subscribe((campaign, record) => {
        if (record === null) heardCampaigns.push(campaign);
        if (heardCampaigns.length === 2) resolve();
      }),
    );
    const heardReader = new Promise<ReaderRecord | null>((resolve) => tabB.onReader(resolve));
    await forgetAll(tabA);
    expect([...backend.data.keys()]).to.deep.equal([]);
    expect(await heardReader).to.equal(null);
    await bothHeard;
    expect(await tabB.read('spring')).to.equal(null);
    expect(await tabB.readReader()).to.equal(null);
    expect(heardCampaigns.sort()).to.deep.equal(['autumn', 'spring']);
  });

  it('forget keeps the opt-out flag', async () => {
    const backend = new MapBackend();
    const store = open(page(backend, () => T0));
    await setCounting(false, store);
    await store.update('spring', (current) => applySnooze(current, [7], T0));
    await forgetAll(store);
    expect([...backend.data.keys()]).to.deep.equal([READER_KEY]);
    expect((await store.readReader())?.counting).to.equal(false);
  });

  it('storage blocked or hanging: counts in memory for the page, never rejects', async () => {
    const hanging: KeyValueBackend = {
      ready: never,
      getItem: never,
      setItem: never,
      removeItem: never,
      keys: never,
    };
    const blocked: KeyValueBackend = {
      ready: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
      getItem: never,
      setItem: never,
      removeItem: never,
    };
    for (const backend of [hanging, blocked]) {
      const store = open(page(backend, () => T0));
      await readOn(store, '/a');
      expect(store.mode).to.equal('memory');
      expect(countReads(await store.readReader(), T0)).to.equal(1);
      await forgetAll(store);
      expect(await store.readReader()).to.equal(null);
    }
  });

  it('a campaign cannot be stored under the reader key by the elements (ids are trimmed)', () => {
    expect(READER_KEY.trim()).not.to.equal(READER_KEY);
  });
});
