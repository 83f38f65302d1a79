/**
 * "Forget all of it", "Stop counting" and the page-load sweep reach every copy of the kit's
 * records: the database, this tab's sessionStorage and localStorage, and another tab's own
 * session copies (each tab here has its own sessionStorage; both share the database and the
 * channel, as two tabs of one site do).
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  DAY_MS,
  READER_KEY,
  SnoozeStore,
  applySnooze,
  applyView,
  forgetAll,
  localDay,
  pruneGroups,
  recordRead,
  setCounting,
  type ReaderRecord,
} from '../../packages/core/src/index.js';
import { countRead } from '../../packages/elements/src/reading/count-read.js';
import { MapBackend } from '../../stories/reading-store.js';
import { FakeSession } from './fake-session.js';

const NOW = new Date(2025, 5, 1, 9, 17, 3).getTime(); // 09:17:03 local time
const TODAY = localDay(NOW);
let channels = 0;
const channel = () => `support-kit-erase-test-${Date.now()}-${++channels}`;

/** A tab: its own sessionStorage, the site's database and channel. */
function tab(backend: MapBackend, channelName: string, now = () => NOW) {
  const session = new FakeSession();
  const store = new SnoozeStore({ backend, session, timeoutMs: 200, channelName, now });
  return { store, session };
}

const kitKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) =>
    key?.startsWith('support-kit'),
  );

/** What an earlier fallback (IndexedDB blocked) left in a tab's sessionStorage. */
function leftovers(session: FakeSession) {
  session.setItem(
    'support-kit:winter',
    JSON.stringify({
      ...applyView(applySnooze(null, [7], NOW), NOW, 30),
      views: [[TODAY, 3]],
    }),
  );
  session.setItem(
    'support-kit: reader',
    JSON.stringify({
      v: 1,
      counting: true,
      days: [[TODAY, 4]],
      recent: [['1x2y3z', NOW]],
      salt: 'pepper',
      updatedAt: NOW,
    }),
  );
}

/** Every stored value of the kit, as text: what someone reading the device would find. */
function everything(backend: MapBackend, ...sessions: FakeSession[]): string {
  return JSON.stringify([[...backend.data], ...sessions.map((session) => [...session.data])]);
}

describe('erasing reaches every copy', () => {
  const stores: SnoozeStore[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    localStorage.removeItem('support-kit:left-behind');
  });
  const open = <T extends { store: SnoozeStore }>(made: T) => (stores.push(made.store), made);

  it('forget all: the database dropped, every kit key gone from both tabs and localStorage', async () => {
    const backend = new MapBackend();
    const name = channel();
    const a = open(tab(backend, name));
    const b = open(tab(backend, name));
    b.store.subscribe(() => {}); // an appeal on tab B's page listens
    leftovers(b.session);
    localStorage.setItem('support-kit:left-behind', '1');
    await a.store.update('spring', (current) => applySnooze(current, [7], NOW));
    await a.store.updateReader((current) => recordRead(current, NOW));
    let dropped = 0;
    const drop = backend.drop.bind(backend);
    backend.drop = () => ((dropped += 1), drop());

    await forgetAll(a.store);

    expect(dropped).to.equal(1);
    expect([...backend.data.keys()]).to.deep.equal([]);
    expect(kitKeys(a.session)).to.deep.equal([]);
    expect(kitKeys(localStorage)).to.deep.equal([]);
    await waitUntil(() => kitKeys(b.session).length === 0, JSON.stringify([...b.session.data]));
    expect(await b.store.read('winter')).to.equal(null);
    expect(await b.store.readReader()).to.equal(null);
  });

  it('forget all keeps only the opt-out flag, in a fresh database', async () => {
    const backend = new MapBackend();
    const a = open(tab(backend, channel()));
    await a.store.update('spring', (current) => applySnooze(current, [7], NOW));
    await setCounting(false, a.store);
    await forgetAll(a.store);
    expect([...backend.data]).to.deep.equal([
      [READER_KEY, { v: 2, counting: false, days: [], updatedAt: TODAY }],
    ]);
  });

  it('stop counting: every count and impression gone from every copy, snoozes kept', async () => {
    const backend = new MapBackend();
    const name = channel();
    const a = open(tab(backend, name));
    const b = open(tab(backend, name));
    b.store.subscribe(() => {});
    leftovers(b.session);
    await a.store.update('spring', (current) => applyView(applySnooze(current, [7], NOW), NOW, 30));
    await a.store.update('autumn', (current) => applyView(current, NOW, 30));
    await a.store.updateReader((current) => recordRead(current, NOW));

    await setCounting(false, a.store);

    const snoozed = {
      version: 2,
      snoozeCount: 1,
      snoozedUntil: new Date(2025, 5, 8, 10).getTime(), // rounded up to the hour
      dismissedUntil: null,
      views: [],
      updatedAt: TODAY,
    };
    expect(backend.data.get('spring')).to.deep.equal(snoozed);
    expect(backend.data.has('autumn')).to.equal(false);
    expect(backend.data.get(READER_KEY)).to.deep.equal({
      v: 2,
      counting: false,
      days: [],
      updatedAt: TODAY,
    });
    await waitUntil(
      () => !b.session.getItem('support-kit: reader')?.includes('"days":[['),
      JSON.stringify([...b.session.data]),
    );
    expect(JSON.parse(b.session.getItem('support-kit:winter')!)).to.deep.equal(snoozed);
    expect(everything(backend, a.session, b.session)).not.to.match(/pepper|1x2y3z|recent/);
  });

  it('with counting off, ten article visits change nothing stored', async () => {
    const backend = new MapBackend();
    const name = channel();
    await setCounting(false, open(tab(backend, name)).store);
    const before = JSON.stringify([...backend.data]);
    const article = document.implementation.createHTMLDocument('an article');
    const meta = article.createElement('meta');
    meta.name = 'support-kit:article';
    meta.content = 'article-42';
    article.head.append(meta);
    for (let visit = 0; visit < 10; visit++) {
      const page = open(tab(backend, name, () => NOW + visit * 3_600_000));
      await countRead(page.store, article);
      expect([...page.session.data]).to.deep.equal([]);
    }
    expect(JSON.stringify([...backend.data])).to.equal(before);
  });

  it('every page load sweeps every campaign, whichever appeals are on it', async () => {
    const backend = new MapBackend();
    const old = NOW - 40 * DAY_MS;
    // Written by the previous version: times in ms, a snooze still running.
    backend.data.set('running', {
      version: 1,
      snoozeCount: 1,
      snoozedUntil: NOW + 2 * DAY_MS + 123_456,
      dismissedUntil: null,
      views: [old, NOW - 2 * DAY_MS],
      updatedAt: NOW - 2 * DAY_MS,
    });
    // Nothing of it still holds: a dismissal past, impressions out of their window.
    backend.data.set('over', {
      version: 2,
      snoozeCount: 0,
      snoozedUntil: null,
      dismissedUntil: NOW - DAY_MS,
      views: [[localDay(old), 2]],
      viewDays: 30,
      updatedAt: localDay(old),
    });
    const page = open(tab(backend, channel()));
    await countRead(page.store, document.implementation.createHTMLDocument('not an article'));
    expect(backend.data.has('over')).to.equal(false);
    expect(backend.data.get('running')).to.deep.equal({
      version: 2,
      snoozeCount: 1,
      snoozedUntil: Math.ceil((NOW + 2 * DAY_MS + 123_456) / 3_600_000) * 3_600_000,
      dismissedUntil: null,
      views: [[localDay(NOW - 2 * DAY_MS), 1]],
      viewDays: 30,
      updatedAt: localDay(NOW - 2 * DAY_MS),
    });
  });

  it('pruneGroups drops assignments past their end, and bare ids bound to no group set', () => {
    expect(
      pruneGroups(
        {
          over: { group: 'a', set: 'a,b', until: NOW - 1 },
          running: { group: 'b', set: 'a,b', until: NOW + 1 },
          plain: 'a',
        },
        NOW,
      ),
    ).to.deep.equal({ running: { group: 'b', set: 'a,b', until: NOW + 1 } });
    expect(pruneGroups({ over: { until: NOW } }, NOW)).to.equal(undefined);
  });
});

describe('erasing in the real IndexedDB', () => {
  const DB = 'support-kit';
  const databases = async () =>
    (await indexedDB.databases()).map((each) => each.name).filter((each) => each === DB);

  /** Another tab's connection to the kit's database, closing when asked (as localforage's). */
  function otherTabConnection(): Promise<{ closed: Promise<void> }> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const closed = new Promise<void>((done) => {
          db.onversionchange = () => {
            db.close();
            done();
          };
        });
        resolve({ closed });
      };
    });
  }

  function storedValues(): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const read = db.transaction('campaigns', 'readonly').objectStore('campaigns').getAll();
        read.onsuccess = () => (db.close(), resolve(read.result));
        read.onerror = () => (db.close(), reject(read.error));
      };
    });
  }

  it('forget all deletes the database itself, even with another tab connected', async () => {
    const store = new SnoozeStore({ session: new FakeSession(), channelName: channel() });
    try {
      await store.update('spring', (current) => applySnooze(current, [7], Date.now()));
      await store.updateReader((current) => recordRead(current, Date.now()));
      const other = await otherTabConnection();
      await forgetAll(store);
      await other.closed;
      expect(await databases()).to.deep.equal([]);
      // The store still works afterwards: a new snooze is stored in a new database.
      await store.update('autumn', (current) => applySnooze(current, [7], Date.now()));
      expect((await storedValues()).length).to.equal(1);
      await setCounting(false, store);
      await forgetAll(store);
      const values = (await storedValues()) as ReaderRecord[];
      expect(values).to.deep.equal([
        { v: 2, counting: false, days: [], updatedAt: localDay(Date.now()) },
      ]);
      await setCounting(true, store);
    } finally {
      store.close();
    }
  });
});
