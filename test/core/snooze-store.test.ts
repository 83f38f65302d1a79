import { expect } from '@open-wc/testing';
import {
  DAY_MS,
  SnoozeStore,
  applyDismiss,
  applySnooze,
  applyView,
  clearRecord,
  decide,
  parseDisplayConfig,
  sharedStore,
  type CampaignRecord,
  type KeyValueBackend,
  type SnoozeStoreOptions,
  type StorageErrorDetail,
} from '../../packages/core/src/index.js';
import { FakeSession, domError } from './fake-session.js';

const NOW = Date.UTC(2025, 5, 1, 12);
const TIMEOUT = 50;
const never = () => new Promise<never>(() => {});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** IndexedDB as a Map: async like the real one, and counting what it was asked. */
class MapBackend implements KeyValueBackend {
  readonly data = new Map<string, unknown>();
  calls: string[] = [];
  ready() {
    this.calls.push('ready');
    return Promise.resolve();
  }
  async getItem(key: string) {
    this.calls.push(`get ${key}`);
    return structuredClone(this.data.get(key) ?? null);
  }
  async setItem(key: string, value: unknown) {
    this.calls.push(`set ${key}`);
    this.data.set(key, structuredClone(value));
    return value;
  }
  async removeItem(key: string) {
    this.calls.push(`remove ${key}`);
    this.data.delete(key);
  }
}

let channelCount = 0;
/** Each test talks on its own channel, so tests cannot hear each other. */
const uniqueChannel = () => `support-kit-test-${Date.now()}-${++channelCount}`;

function makeStore(options: SnoozeStoreOptions = {}) {
  let now = NOW;
  const errors: StorageErrorDetail[] = [];
  const store = new SnoozeStore({
    backend: new MapBackend(),
    session: new FakeSession(),
    timeoutMs: TIMEOUT,
    channelName: uniqueChannel(),
    now: () => now,
    ...options,
  });
  store.onError((detail) => errors.push(detail));
  return {
    store,
    errors,
    setNow: (value: number) => {
      now = value;
    },
  };
}

/** The next change a store hears of from elsewhere; fails after a second, as the issue allows. */
function nextChange(store: SnoozeStore): Promise<[string, CampaignRecord | null]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no change arrived within 1 s')), 1000);
    const stop = store.subscribe((campaign, record) => {
      clearTimeout(timer);
      stop();
      resolve([campaign, record]);
    });
  });
}

/** Collects unhandled rejections for the duration of a test. */
function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    seen.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => window.removeEventListener('unhandledrejection', onRejection),
  };
}

const snooze =
  (days = [7]) =>
  (current: CampaignRecord | null) =>
    applySnooze(current, days, NOW);

describe('SnoozeStore', () => {
  let watcher: ReturnType<typeof watchUnhandledRejections>;
  const stores: SnoozeStore[] = [];
  const track = <T extends { store: SnoozeStore }>(made: T) => {
    stores.push(made.store);
    return made;
  };
  beforeEach(() => {
    watcher = watchUnhandledRejections();
  });
  afterEach(async () => {
    await sleep(TIMEOUT * 3); // let late answers from hanging backends arrive
    watcher.stop();
    for (const store of stores.splice(0)) store.close();
    expect(watcher.seen, 'unhandled rejections').to.deep.equal([]);
  });

  describe('when IndexedDB works', () => {
    it('reads null for an unknown campaign, then what it wrote', async () => {
      const { store, errors } = track(makeStore());
      expect(await store.read('spring')).to.equal(null);
      const written = await store.update('spring', snooze());
      expect(written).to.deep.include({
        version: 2,
        snoozeCount: 1,
        snoozedUntil: NOW + 7 * DAY_MS,
      });
      expect(await store.read('spring')).to.deep.equal(written);
      expect(store.mode).to.equal('persistent');
      expect(errors).to.deep.equal([]);
    });

    it('keeps campaigns apart, and removes a record on reset', async () => {
      const backend = new MapBackend();
      const { store } = track(makeStore({ backend }));
      await store.update('a', snooze());
      await store.update('b', (current) => applyDismiss(current, 30, NOW));
      expect((await store.read('a'))?.snoozedUntil).to.equal(NOW + 7 * DAY_MS);
      expect((await store.read('b'))?.snoozedUntil).to.equal(null);
      expect(await store.update('a', clearRecord)).to.equal(null);
      expect(await store.read('a')).to.equal(null);
      expect(backend.data.has('a')).to.equal(false);
      expect(backend.data.has('b')).to.equal(true);
    });

    it('runs concurrent updates one after another, losing none', async () => {
      const { store } = track(makeStore());
      await Promise.all(Array.from({ length: 10 }, () => store.update('c', snooze([1]))));
      expect((await store.read('c'))?.snoozeCount).to.equal(10);
    });

    it('a read made while a change of the same campaign is being stored sees that change', async () => {
      // IndexedDB takes its time with the write; another appeal reads meanwhile.
      class SlowWrites extends MapBackend {
        override async setItem(key: string, value: unknown) {
          await sleep(20);
          return super.setItem(key, value);
        }
      }
      const { store } = track(makeStore({ backend: new SlowWrites() }));
      const settled: string[] = [];
      const noting = <T>(name: string, promise: Promise<T>) =>
        promise.then((value) => {
          settled.push(name);
          return value;
        });
      const [written, read, other] = await Promise.all([
        noting('update', store.update('spring', snooze())),
        noting('read spring', store.read('spring')),
        noting('read autumn', store.read('autumn')),
      ]);
      expect(read).to.deep.equal(written);
      expect(read?.snoozeCount).to.equal(1);
      expect(other).to.equal(null);
      // Only the campaign being written waits for the write.
      expect(settled).to.deep.equal(['read autumn', 'update', 'read spring']);
      expect(await store.read('spring')).to.deep.equal(written);
    });

    it('does not touch IndexedDB until the first read', async () => {
      const backend = new MapBackend();
      const { store } = track(makeStore({ backend }));
      store.subscribe(() => {});
      store.onError(() => {});
      expect(store.mode).to.equal('persistent');
      await sleep(10);
      expect(backend.calls).to.deep.equal([]);
      await store.read('x');
      expect(backend.calls).to.deep.equal(['ready', 'get x']);
    });

    it('ignores a corrupt record, and overwrites it on the next update', async () => {
      const backend = new MapBackend();
      backend.data.set('spring', {
        version: 1,
        snoozedUntil: 'tomorrow',
        views: 'lots',
        snoozeCount: -1,
      });
      backend.data.set('autumn', 'not a record at all');
      const { store, errors } = track(makeStore({ backend }));
      const repaired = await store.read('spring');
      expect(repaired).to.deep.include({ snoozedUntil: null, views: [], snoozeCount: 0 });
      expect(await store.read('autumn')).to.equal(null);
      await store.update('autumn', snooze());
      expect(backend.data.get('autumn')).to.deep.include({ version: 2, snoozeCount: 1 });
      expect(errors).to.deep.equal([]);
    });

    it('migrates an unversioned record, and ignores one from a newer version', async () => {
      const backend = new MapBackend();
      backend.data.set('old', { snoozedUntil: NOW + DAY_MS, snoozeCount: 2 });
      backend.data.set('future', { version: 3, snoozedUntil: NOW + DAY_MS });
      const { store } = track(makeStore({ backend }));
      expect(await store.read('old')).to.deep.include({
        version: 2,
        snoozeCount: 2,
        snoozedUntil: NOW + DAY_MS,
      });
      expect(await store.read('future')).to.equal(null);
    });

    it('prunes expired snoozes and old views when it writes', async () => {
      const backend = new MapBackend();
      const { store, setNow } = track(makeStore({ backend }));
      await store.update('p', snooze([1]));
      await store.update('p', (current) => applyView(current, NOW, 30));
      setNow(NOW + 4000 * DAY_MS);
      await store.update('p', (current) => ({ ...current!, updatedAt: NOW + 4000 * DAY_MS }));
      expect(backend.data.get('p')).to.deep.include({
        snoozedUntil: null,
        views: [],
        snoozeCount: 1,
      });
    });

    it('a snooze with a fake clock: hidden for its length, then shown, then backs off', async () => {
      const { store, setNow } = track(makeStore());
      const config = parseDisplayConfig({ snoozeDays: '1,7' }, () => {});
      let now = NOW;
      await store.update('s', (current) => applySnooze(current, config.snoozeDays, now));
      expect(decide(await store.read('s'), config, now + DAY_MS - 1, store.mode)).to.deep.include({
        reason: 'snoozed',
      });
      now += DAY_MS;
      setNow(now);
      expect(decide(await store.read('s'), config, now, store.mode)).to.deep.equal({
        action: 'show',
      });
      const second = await store.update('s', (current) =>
        applySnooze(current, config.snoozeDays, now),
      );
      expect(second?.snoozedUntil).to.equal(now + 7 * DAY_MS);
    });

    it('an update function that throws changes nothing and does not reject', async () => {
      const { store } = track(makeStore());
      const original = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        await store.update('t', snooze());
        const result = await store.update('t', () => {
          throw new Error('bug in a caller');
        });
        expect(result?.snoozeCount).to.equal(1);
      } finally {
        console.error = original;
      }
      expect(logged).to.have.length(1);
    });
  });

  describe('when IndexedDB fails', () => {
    it('throws SecurityError on open: falls back to sessionStorage and reports once', async () => {
      const session = new FakeSession();
      const backend: KeyValueBackend = {
        ready: () => Promise.reject(domError('SecurityError')),
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store, errors } = track(makeStore({ backend, session }));
      expect(await store.read('a')).to.equal(null);
      expect(await store.read('b')).to.equal(null);
      expect(store.mode).to.equal('session');
      const written = await store.update('a', snooze());
      expect(JSON.parse(session.data.get('support-kit:a')!)).to.deep.equal(written);
      expect(await store.read('a')).to.deep.equal(written);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.include({ operation: 'open', mode: 'session' });
      expect((errors[0]!.error as DOMException).name).to.equal('SecurityError');
      expect(errors[0]!.message).to.match(/sessionStorage/);
    });

    it('probes sessionStorage under a key no campaign has: a campaign named "probe" survives', async () => {
      const session = new FakeSession();
      const kept = applySnooze(null, [7], NOW);
      session.data.set('support-kit:probe', JSON.stringify(kept));
      const backend: KeyValueBackend = {
        ready: () => Promise.reject(domError('SecurityError')),
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store } = track(makeStore({ backend, session }));
      expect(await store.read('probe')).to.deep.equal(kept);
      expect(store.mode).to.equal('session');
      expect(JSON.parse(session.data.get('support-kit:probe')!)).to.deep.equal(kept);
      expect([...session.data.keys()]).to.deep.equal(['support-kit:probe']);
    });

    it('a record forged to be written in the far future does not shadow later snoozes', async () => {
      const session = new FakeSession();
      const forged = { ...applySnooze(null, [7], NOW - 30 * DAY_MS), updatedAt: 1e308 };
      session.data.set('support-kit:f', JSON.stringify(forged));
      const backend = new MapBackend();
      const { store } = track(makeStore({ backend, session }));
      expect(await store.read('f')).to.deep.include({ updatedAt: 0 });
      const written = await store.update('f', snooze());
      expect(written!.snoozedUntil).to.equal(NOW + 7 * DAY_MS);
      expect(await store.read('f')).to.deep.equal(written);
    });

    it('throws synchronously: the same fallback, no exception', async () => {
      const backend: KeyValueBackend = {
        getItem() {
          throw domError('SecurityError');
        },
        setItem() {
          throw domError('SecurityError');
        },
        removeItem() {
          throw domError('SecurityError');
        },
      };
      const { store, errors } = track(makeStore({ backend }));
      expect(await store.update('a', snooze())).to.deep.include({ snoozeCount: 1 });
      expect(store.mode).to.equal('session');
      expect(errors.map((e) => e.operation)).to.deep.equal(['read']);
    });

    it('never answers: each operation waits only timeoutMs', async () => {
      const backend: KeyValueBackend = {
        ready: never,
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store, errors } = track(makeStore({ backend }));
      const started = performance.now();
      const [a, b] = await Promise.all([store.read('a'), store.read('b')]);
      const waited = performance.now() - started;
      expect([a, b]).to.deep.equal([null, null]);
      expect(waited).to.be.below(TIMEOUT * 10);
      expect(store.mode).to.equal('session');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.include({ operation: 'open', mode: 'session' });
      expect(errors[0]!.message).to.match(/did not answer within 50 ms/);
      // once fallen back, nothing waits on IndexedDB again
      const again = performance.now();
      await store.update('a', snooze());
      expect(performance.now() - again).to.be.below(TIMEOUT);
    });

    it('hangs on reads after opening: reported as a read failure', async () => {
      const backend: KeyValueBackend = {
        ready: async () => {},
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store, errors } = track(makeStore({ backend }));
      expect(await store.read('a')).to.equal(null);
      expect(errors.map((e) => [e.operation, e.mode])).to.deep.equal([['read', 'session']]);
    });

    it('rejects after the timeout: the late rejection is not unhandled', async () => {
      const late = () =>
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(domError('UnknownError')), TIMEOUT * 2),
        );
      const backend: KeyValueBackend = {
        ready: late,
        getItem: late,
        setItem: late,
        removeItem: late,
      };
      const { store, errors } = track(makeStore({ backend }));
      expect(await store.read('a')).to.equal(null);
      await sleep(TIMEOUT * 3);
      expect(errors).to.have.length(1);
      // afterEach asserts that no unhandled rejection was seen
    });

    it('is full (QuotaExceededError on write): keeps the snooze in sessionStorage', async () => {
      const backend = new MapBackend();
      backend.setItem = () => Promise.reject(domError('QuotaExceededError'));
      const session = new FakeSession();
      const { store, errors } = track(makeStore({ backend, session }));
      const written = await store.update('q', snooze());
      expect(written?.snoozedUntil).to.equal(NOW + 7 * DAY_MS);
      expect(store.mode).to.equal('session');
      expect(session.data.has('support-kit:q')).to.equal(true);
      expect(await store.read('q')).to.deep.equal(written);
      expect(
        errors.map((e) => [e.operation, e.mode, (e.error as DOMException).name]),
      ).to.deep.equal([['write', 'session', 'QuotaExceededError']]);
    });

    it('sessionStorage full too: memory, reported once per step', async () => {
      const backend = new MapBackend();
      backend.setItem = () => Promise.reject(domError('QuotaExceededError'));
      const session = new FakeSession();
      const { store, errors } = track(makeStore({ backend, session }));
      await store.read('q'); // opens fine, probes nothing yet
      session.failWrites = 'QuotaExceededError';
      const written = await store.update('q', snooze());
      expect(store.mode).to.equal('memory');
      expect(await store.read('q')).to.deep.equal(written);
      await store.update('q', snooze());
      expect(errors.map((e) => [e.operation, e.mode])).to.deep.equal([['write', 'memory']]);
    });

    it('sessionStorage blocked as well (sandboxed frame): memory, and no-storage="hide" applies', async () => {
      const backend: KeyValueBackend = {
        ready: () => Promise.reject(domError('SecurityError')),
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const session = new FakeSession();
      session.failReads = 'SecurityError';
      session.failWrites = 'SecurityError';
      const { store, errors } = track(makeStore({ backend, session }));
      expect(await store.read('m')).to.equal(null);
      expect(store.mode).to.equal('memory');
      const config = parseDisplayConfig({ noStorage: 'hide' }, () => {});
      expect(decide(null, config, NOW, store.mode)).to.deep.include({ reason: 'no-storage' });
      const written = await store.update('m', snooze());
      expect(await store.read('m')).to.deep.equal(written);
      expect(errors.map((e) => [e.operation, e.mode])).to.deep.equal([['open', 'memory']]);
    });

    it('no sessionStorage at all: straight to memory', async () => {
      const backend: KeyValueBackend = {
        ready: never,
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store } = track(makeStore({ backend, session: null }));
      await store.update('n', snooze());
      expect(store.mode).to.equal('memory');
      expect((await store.read('n'))?.snoozeCount).to.equal(1);
    });

    it('tells an error listener added later, once', async () => {
      const backend: KeyValueBackend = {
        ready: never,
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const { store } = track(makeStore({ backend }));
      await store.read('late');
      const heard: StorageErrorDetail[] = [];
      store.onError((detail) => heard.push(detail));
      const unsubscribed: StorageErrorDetail[] = [];
      store.onError((detail) => unsubscribed.push(detail))();
      await sleep(0);
      expect(heard.map((e) => e.operation)).to.deep.equal(['open']);
      expect(unsubscribed).to.deep.equal([]);
    });

    it('a snooze kept in sessionStorage by an earlier fallback survives a reload that finds IndexedDB working', async () => {
      const session = new FakeSession();
      const hanging: KeyValueBackend = {
        ready: never,
        getItem: never,
        setItem: never,
        removeItem: never,
      };
      const first = track(makeStore({ backend: hanging, session }));
      await first.store.update('r', snooze());
      expect(first.store.mode).to.equal('session');
      const reloaded = track(makeStore({ backend: new MapBackend(), session }));
      expect((await reloaded.store.read('r'))?.snoozedUntil).to.equal(NOW + 7 * DAY_MS);
      expect(reloaded.store.mode).to.equal('persistent');
      await reloaded.store.update('r', clearRecord);
      expect(await reloaded.store.read('r')).to.equal(null);
      expect(session.data.has('support-kit:r')).to.equal(false);
    });
  });

  describe('across tabs', () => {
    it('two stores on one channel: a snooze in one reaches the other', async () => {
      const channelName = uniqueChannel();
      const backend = new MapBackend(); // one origin, one IndexedDB
      const tabA = track(makeStore({ backend, channelName }));
      const tabB = track(makeStore({ backend, channelName }));
      const heard = nextChange(tabB.store);
      const written = await tabA.store.update('spring', snooze());
      expect(await heard).to.deep.equal(['spring', written]);
      expect(await tabB.store.read('spring')).to.deep.equal(written);
    });

    it('a reset reaches the other tab as null', async () => {
      const channelName = uniqueChannel();
      const backend = new MapBackend();
      const tabA = track(makeStore({ backend, channelName }));
      const tabB = track(makeStore({ backend, channelName }));
      await tabA.store.update('spring', snooze());
      const heard = nextChange(tabB.store);
      await tabA.store.update('spring', clearRecord);
      expect(await heard).to.deep.equal(['spring', null]);
      expect(await tabB.store.read('spring')).to.equal(null);
    });

    it('reaches the other tab when storage is blocked in both (memory mode)', async () => {
      const channelName = uniqueChannel();
      const blocked = (): KeyValueBackend => ({
        ready: () => Promise.reject(domError('SecurityError')),
        getItem: never,
        setItem: never,
        removeItem: never,
      });
      const tabA = track(makeStore({ backend: blocked(), session: null, channelName }));
      const tabB = track(makeStore({ backend: blocked(), session: null, channelName }));
      const heard = nextChange(tabB.store);
      const written = await tabA.store.update('spring', (current) =>
        applyDismiss(current, 30, NOW),
      );
      expect(tabA.store.mode).to.equal('memory');
      expect(await heard).to.deep.equal(['spring', written]);
      expect(await tabB.store.read('spring')).to.deep.equal(written);
      expect(tabB.store.mode).to.equal('memory');
    });

    it('does not hear its own updates, nor other channels, nor after close', async () => {
      const channelName = uniqueChannel();
      const tabA = track(makeStore({ channelName }));
      const tabB = track(makeStore({ channelName }));
      const other = track(makeStore({ channelName: uniqueChannel() }));
      const heardA: string[] = [];
      const heardOther: string[] = [];
      tabA.store.subscribe((campaign) => heardA.push(campaign));
      other.store.subscribe((campaign) => heardOther.push(campaign));
      const heardB = nextChange(tabB.store);
      await tabA.store.update('x', snooze());
      await heardB;
      tabA.store.close();
      await tabB.store.update('y', snooze());
      await sleep(100);
      expect(heardA).to.deep.equal([]);
      expect(heardOther).to.deep.equal([]);
    });

    it('ignores garbage on the channel', async () => {
      const channelName = uniqueChannel();
      const tab = track(makeStore({ channelName }));
      const heard: unknown[] = [];
      tab.store.subscribe((...args) => heard.push(args));
      const intruder = new BroadcastChannel(channelName);
      intruder.postMessage('hello');
      intruder.postMessage({ type: 'support-kit:record', source: 'x', campaign: 5, record: null });
      intruder.postMessage({
        type: 'support-kit:record',
        source: 'x',
        campaign: 'c',
        record: { version: 9 },
      });
      intruder.postMessage({
        type: 'support-kit:record',
        source: 'x',
        campaign: 'ok',
        record: null,
        at: NOW,
      });
      await sleep(100);
      intruder.close();
      expect(heard).to.deep.equal([['ok', null]]);
    });

    it('without BroadcastChannel: falls back to the storage event', async () => {
      const original = globalThis.BroadcastChannel;
      const channelName = uniqueChannel();
      (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
      try {
        const backend = new MapBackend();
        const tabA = track(makeStore({ backend, channelName }));
        const tabB = track(makeStore({ backend, channelName }));
        const heard = nextChange(tabB.store);
        const key = `${channelName}:message`;
        const sent: string[] = [];
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
          if (name === key) sent.push(value);
          return setItem.call(this, name, value);
        };
        let written: CampaignRecord | null;
        try {
          written = await tabA.store.update('spring', snooze());
        } finally {
          Storage.prototype.setItem = setItem;
        }
        // Delivered (other tabs got the storage event with the value), then removed.
        expect(sent).to.have.length(1);
        expect(localStorage.getItem(key)).to.equal(null);
        // A real other tab gets this event from the browser; in one page we deliver it by hand.
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: sent[0]! }));
        expect(await heard).to.deep.equal(['spring', written]);
      } finally {
        globalThis.BroadcastChannel = original;
        localStorage.removeItem(`${channelName}:message`);
      }
    });
  });

  describe('through the real localforage', () => {
    it('a snooze is found after a reload', async () => {
      const campaign = `reload-${Date.now()}`;
      const before = new SnoozeStore({ channelName: uniqueChannel() });
      stores.push(before);
      const errors: StorageErrorDetail[] = [];
      before.onError((detail) => errors.push(detail));
      const written = await before.update(campaign, (current) =>
        applySnooze(current, [7], Date.now()),
      );
      expect(before.mode).to.equal('persistent');

      const after = new SnoozeStore({ channelName: uniqueChannel() }); // a new page: new localforage instance, same name
      stores.push(after);
      after.onError((detail) => errors.push(detail));
      const found = await after.read(campaign);
      expect(found).to.deep.equal(written);
      expect(
        decide(
          found,
          parseDisplayConfig({}, () => {}),
          Date.now(),
          after.mode,
        ),
      ).to.deep.include({
        reason: 'snoozed',
      });
      await after.update(campaign, clearRecord);
      expect(await new SnoozeStore({ channelName: uniqueChannel() }).read(campaign)).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it('keeps the record in IndexedDB itself, and nothing in localStorage', async () => {
      const campaign = `idb-${Date.now()}`;
      const keysBefore = Object.keys(localStorage);
      const store = new SnoozeStore({ channelName: uniqueChannel() });
      stores.push(store);
      const written = await store.update(campaign, (current) =>
        applySnooze(current, [7], Date.now()),
      );
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('support-kit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const stored = await new Promise((resolve, reject) => {
          const request = db.transaction('campaigns').objectStore('campaigns').get(campaign);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        expect(stored).to.deep.equal(written);
      } finally {
        db.close();
      }
      expect(Object.keys(localStorage)).to.deep.equal(keysBefore);
      await store.update(campaign, clearRecord);
    });
  });

  describe('sharedStore', () => {
    it('is one store per page, kept under a Symbol.for key', () => {
      const store = sharedStore();
      expect(sharedStore()).to.equal(store);
      expect(
        (globalThis as Record<symbol, unknown>)[Symbol.for('support-kit.snooze-store')],
      ).to.equal(store);
      expect(store.mode).to.equal('persistent');
    });
  });
});
