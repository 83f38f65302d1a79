/**
 * The reader's memory of each campaign — the only module that touches localforage.
 *
 * Storage in a reader's browser fails in every way there is: IndexedDB that never answers
 * (Safari 14 on open, Brave with cookies blocked, a version change in another tab),
 * SecurityError in sandboxed and third-party frames and private modes, QuotaExceededError,
 * corrupt records. The store therefore never rejects and never waits long: each operation
 * gets a bounded wait, and any failure moves the store down a step — persistent
 * (localforage on IndexedDB) → session (sessionStorage, JSON) → memory — and is reported
 * once to `onError` listeners, which the elements turn into `support-storage-error`.
 */
import localforage from './localforage.js';
import {
  RECORD_VERSION,
  normalizeRecord,
  pruneRecord,
  type CampaignRecord,
  type StorageMode,
} from './rules.js';
import { emptyReader, normalizeReader, pruneReader, type ReaderRecord } from './reading.js';
import { localDay } from './day.js';
import { forgetRecord, stopCountingRecord, sweepRecord } from './sweep.js';

/** What localforage offers; tests inject faulty ones. */
export interface KeyValueBackend {
  ready?(): Promise<unknown>;
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown): Promise<unknown>;
  removeItem(key: string): Promise<unknown>;
  /** Every key: what "forget all" removes. */
  keys?(): Promise<string[]>;
  /**
   * Deletes the whole database (not only its records: the browser's files keep old versions
   * of deleted records until it compacts them). Without it, every key is removed instead.
   */
  drop?(): Promise<unknown>;
}

export interface StorageErrorDetail {
  operation: 'open' | 'read' | 'write' | 'remove';
  /** The mode the store fell back to. */
  mode: StorageMode;
  error: unknown;
  message: string;
}

export interface SnoozeStoreOptions {
  /** Default: localforage on IndexedDB, database 'support-kit', store 'campaigns'. */
  backend?: KeyValueBackend;
  /** Default: window.sessionStorage when usable; null: skip straight to memory. */
  session?: Storage | null;
  /** Bounded wait per operation, default 1000 ms. */
  timeoutMs?: number;
  /** BroadcastChannel name, default 'support-kit'. */
  channelName?: string;
  /**
   * The clock of the records and of every element using this store (snooze, dismissal and view
   * times, display decisions). Default Date.now; tests pass a fake clock.
   */
  now?: () => number;
}

export const STORE_NAME = 'support-kit';
export const DEFAULT_TIMEOUT_MS = 1000;
/** sessionStorage keys are shared with the site; ours carry a prefix. */
const SESSION_PREFIX = 'support-kit:';
/** The write test's key: outside `support-kit:…`, so no campaign's record can be under it. */
const SESSION_PROBE_KEY = 'support-kit-probe';
/** Every key of the kit in sessionStorage and localStorage starts with this. */
const KIT_KEY_PREFIX = 'support-kit';
const MESSAGE_TYPE = 'support-kit:record';
/** Another tab erased: `scope` says what every copy must lose. */
const ERASE_TYPE = 'support-kit:erase';

/** What an erase removes: everything but the opt-out flag, or the counts and impressions. */
export type EraseScope = 'all' | 'counts';
/**
 * The reader record's key (reading count, opt-out), beside the campaigns' keys. Campaign ids
 * are trimmed, so none can start with a space: no campaign can be stored under it.
 */
export const READER_KEY = ' reader';

type Operation = StorageErrorDetail['operation'];
type RecordListener = (campaign: string, record: CampaignRecord | null) => void;
type ReaderListener = (record: ReaderRecord | null) => void;
type ErrorListener = (detail: StorageErrorDetail) => void;
/** The two kinds of record the store keeps, told apart by their key. */
type Stored = CampaignRecord | ReaderRecord;

/** What the store knows of a key in this page; `record: null` is a removal. */
interface Known {
  record: Stored | null;
  /** The local day of the change: records say no more than that of when they were written. */
  at: number;
}

/** Whether a stored value is a record in today's shape (else a sweep writes it again). */
const isCurrent = (key: string, raw: unknown): boolean =>
  isObject(raw) && (key === READER_KEY ? raw['v'] === 2 : raw['version'] === RECORD_VERSION);

/** What an erase of `scope` leaves of a record. */
const keepAfter = (scope: EraseScope, key: string, record: Stored, now: number): Stored | null =>
  scope === 'all'
    ? forgetRecord(record, key === READER_KEY, now)
    : stopCountingRecord(record, key === READER_KEY, now);

const normalize = (key: string, raw: unknown, now: number): Stored | null =>
  key === READER_KEY ? normalizeReader(raw, now) : normalizeRecord(raw, now);

const prune = (key: string, record: Stored, now: number): Stored =>
  key === READER_KEY
    ? pruneReader(record as ReaderRecord, now)
    : pruneRecord(record as CampaignRecord, now);

interface RecordMessage {
  type: typeof MESSAGE_TYPE;
  source: string;
  campaign: string;
  record: unknown;
  at: number;
}

/** The bounded wait ran out: IndexedDB did not answer. */
export class StorageTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`storage did not answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * `start()`'s promise, or a rejection after `ms`. Equivalent to Promise.race with a timer,
 * but the losing promise is always handled, so a late rejection from IndexedDB never
 * surfaces as an unhandled rejection; a synchronous throw becomes a rejection too.
 */
function withTimeout<T>(start: () => PromiseLike<T> | T, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageTimeoutError(ms)), ms);
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      finish();
    };
    try {
      Promise.resolve(start()).then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => settle(() => reject(error)),
      );
    } catch (error) {
      settle(() => reject(error));
    }
  });
}

/**
 * Deletes a whole IndexedDB database. Every open connection to it first gets `versionchange`:
 * localforage's close themselves then (in this tab and the others) and reopen a fresh database
 * on their next operation. `blocked` means one has not closed yet; the caller's bounded wait
 * decides how long to give it (localforage's own dropInstance would log a warning instead).
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Carries which step failed — opening or the operation itself — out of #persistent. */
class OperationFailure {
  constructor(
    readonly operation: Operation,
    readonly error: unknown,
  ) {}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const safeParse = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

const errorName = (error: unknown): string =>
  isObject(error) && typeof error['name'] === 'string' ? error['name'] : 'Error';

const DESCRIBED_MODES: Record<StorageMode, string> = {
  persistent: 'IndexedDB',
  session: 'sessionStorage',
  memory: 'memory only (forgotten on reload)',
};

let instances = 0;

export class SnoozeStore {
  readonly #timeoutMs: number;
  readonly #channelName: string;
  readonly #now: () => number;
  readonly #backendOption: KeyValueBackend | undefined;
  readonly #sessionOption: Storage | null | undefined;
  readonly #id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++instances}`;

  #mode: StorageMode = 'persistent';
  #backend: KeyValueBackend | undefined;
  #ready: Promise<void> | undefined;
  #opened = false;
  #session: Storage | null | undefined;
  #sessionWorks: boolean | undefined;
  /** Every record this page wrote or heard about: the memory mode, and a guard against stale reads. */
  readonly #known = new Map<string, Known>();
  #queue: Promise<unknown> = Promise.resolve();
  /** Keys whose stored value is in an earlier version's shape (found by #read): a sweep rewrites them. */
  readonly #outdated = new Set<string>();
  /** Each campaign's latest queued update, until it settles: reads of it wait for it. */
  readonly #pending = new Map<string, Promise<unknown>>();

  readonly #listeners = new Set<RecordListener>();
  readonly #readerListeners = new Set<ReaderListener>();
  readonly #errorListeners = new Set<ErrorListener>();
  readonly #reported = new Set<string>();
  readonly #errors: StorageErrorDetail[] = [];
  #channel: BroadcastChannel | null | undefined;
  #storageListener: ((event: StorageEvent) => void) | undefined;
  #closed = false;

  /** Cheap: nothing touches IndexedDB, sessionStorage or BroadcastChannel until it is needed. */
  constructor(options: SnoozeStoreOptions = {}) {
    const timeout = options.timeoutMs;
    this.#timeoutMs =
      typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0
        ? timeout
        : DEFAULT_TIMEOUT_MS;
    this.#channelName = options.channelName || STORE_NAME;
    this.#now = options.now ?? Date.now;
    this.#backendOption = options.backend;
    this.#sessionOption = 'session' in options ? options.session : undefined;
  }

  /** The time by this store's clock (the `now` option): what elements stamp records with. */
  now(): number {
    return this.#now();
  }

  /** Where records go now; it only ever moves down: persistent → session → memory. */
  get mode(): StorageMode {
    return this.#mode;
  }

  /**
   * The campaign's record, or null. Never rejects; waits at most about timeoutMs, or, while
   * this page is storing a change of the campaign, until that change is stored: an appeal
   * inserted just after "Remind me later" must not read the state from before it.
   */
  read(campaign: string): Promise<CampaignRecord | null> {
    return this.#readKey(String(campaign)) as Promise<CampaignRecord | null>;
  }

  #readKey(key: string): Promise<Stored | null> {
    const read = () => this.#read(key);
    const pending = this.#pending.get(key);
    return (pending ? pending.then(read) : read()).catch(
      () => this.#known.get(key)?.record ?? null,
    );
  }

  /** The reader record (reading count, opt-out), or null. Never rejects, as `read`. */
  readReader(): Promise<ReaderRecord | null> {
    return this.#readKey(READER_KEY) as Promise<ReaderRecord | null>;
  }

  /** `update` for the reader record; this page's reader listeners hear of it too. */
  updateReader(
    change: (current: ReaderRecord | null) => ReaderRecord | null,
  ): Promise<ReaderRecord | null> {
    return this.#updateKey(
      READER_KEY,
      change as (current: Stored | null) => Stored | null,
    ) as Promise<ReaderRecord | null>;
  }

  /** Changes of the reader record, from this page or another tab. Returns the unsubscribe. */
  onReader(listener: ReaderListener): () => void {
    this.#readerListeners.add(listener);
    this.#listen();
    return () => {
      this.#readerListeners.delete(listener);
    };
  }

  /**
   * Every record the kit keeps on this device (campaigns by id, the reader record under
   * READER_KEY), for a reader who asks what is remembered. Never rejects.
   */
  async entries(): Promise<Map<string, CampaignRecord | ReaderRecord>> {
    const found = new Map<string, CampaignRecord | ReaderRecord>();
    for (const key of await this.#allKeys()) {
      const record = await this.#readKey(key);
      if (record) found.set(key, record);
    }
    return found;
  }

  /** The keys this page knows of, in IndexedDB and in this tab's sessionStorage. */
  async #allKeys(): Promise<Set<string>> {
    const keys = new Set(this.#known.keys());
    keys.add(READER_KEY);
    if (this.#mode === 'persistent') {
      try {
        const stored = await this.#persistent('read', (backend) =>
          backend.keys ? backend.keys() : Promise.resolve([]),
        );
        for (const key of stored) keys.add(key);
      } catch (error) {
        this.#fail('persistent', 'read', error);
      }
    }
    this.#quietly(() => {
      const session = this.#sessionStorage();
      for (let i = 0; session && i < session.length; i++) {
        const key = session.key(i);
        if (key?.startsWith(SESSION_PREFIX)) keys.add(key.slice(SESSION_PREFIX.length));
      }
    });
    return keys;
  }

  /**
   * Forgets every record of the kit on this device (all campaigns, the reading count), in this
   * tab and the others, keeping only the reader's opt-out flag if set. Never rejects.
   */
  forgetAll(): Promise<void> {
    return this.#enqueue(() => this.#erase('all'));
  }

  /**
   * Erases every reading count and impression, in this tab and the others, keeping snoozes,
   * dismissals and experiment assignments, and stores the opt-out flag. Never rejects.
   */
  stopCounting(): Promise<void> {
    return this.#enqueue(() => this.#erase('counts'));
  }

  /**
   * Removes what has expired from every record the kit keeps — snooze and dismissal ends,
   * impressions past their window, experiment assignments past their end, counts older than the
   * longest window — whichever appeals are on the page, and writes records of an earlier
   * version again in today's shape. Never rejects.
   */
  sweep(): Promise<void> {
    return this.#enqueue(async () => {
      for (const key of await this.#allKeys()) {
        this.#outdated.delete(key);
        const current = await this.#read(key);
        if (!current) continue;
        const now = this.#now();
        const next =
          key === READER_KEY
            ? pruneReader(current as ReaderRecord, now)
            : sweepRecord(current as CampaignRecord, now);
        if (!this.#outdated.has(key) && JSON.stringify(next) === JSON.stringify(current)) continue;
        const record = next && normalize(key, next, now);
        await this.#write(key, record, now);
        this.#broadcast(key, record, now);
        this.#tell(key, record, true);
      }
    });
  }

  #enqueue(run: () => Promise<void>): Promise<void> {
    const result = this.#queue.then(run, run).catch(() => {});
    this.#queue = result;
    return result;
  }

  /**
   * Every copy, everywhere: the other tabs are told first (they close their database
   * connections and change their own session copies), then this tab's session and local copies
   * go, the database is deleted and created again with only what `scope` keeps.
   */
  async #erase(scope: EraseScope): Promise<void> {
    const now = this.#now();
    const keys = await this.#allKeys();
    const kept = new Map<string, Stored | null>();
    for (const key of keys) {
      const record = await this.#read(key);
      const next = record && keepAfter(scope, key, record, now);
      kept.set(key, next && normalize(key, next, now));
    }
    // The opt-out flag is stored even where no reader record was.
    if (scope === 'counts') kept.set(READER_KEY, emptyReader(now, false));
    this.#broadcastErase(scope);
    this.#quietly(() => this.#removeKitKeys(this.#sessionStorage()));
    this.#quietly(() => this.#removeKitKeys(globalThis.localStorage));
    await this.#dropDatabase(keys);
    for (const [key, record] of kept) {
      if (record) await this.#write(key, record, now);
      else this.#known.set(key, { record: null, at: localDay(now) });
      this.#broadcast(key, record, now);
      this.#tell(key, record, true);
    }
  }

  /** Deletes the database within the bounded wait; failing that, removes every key in it. */
  async #dropDatabase(keys: Iterable<string>): Promise<void> {
    if (this.#mode !== 'persistent') return;
    try {
      await this.#persistent('remove', (backend) => {
        if (backend.drop) return backend.drop();
        if (!this.#backendOption) return deleteDatabase(STORE_NAME);
        return Promise.all([...keys].map((key) => backend.removeItem(key)));
      });
    } catch (error) {
      // Blocked by a tab that did not close its connection, or no answer: the records go one
      // by one instead (the deletion, still queued by the browser, happens when it can).
      try {
        await this.#persistent('remove', (backend) =>
          Promise.all([...keys].map((key) => backend.removeItem(key))),
        );
      } catch {
        this.#fail('persistent', 'remove', error);
      }
    }
  }

  /** Removes every key of the kit from a Web Storage area (sessionStorage, localStorage). */
  #removeKitKeys(storage: Storage | null | undefined): void {
    if (!storage) return;
    const ours: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(KIT_KEY_PREFIX)) ours.push(key);
    }
    for (const key of ours) storage.removeItem(key);
  }

  /** Another tab erased: this tab's own copies (session, memory) lose what it removed. */
  #eraseHere(scope: EraseScope): void {
    const now = this.#now();
    const session = this.#quietlyGet(() => this.#sessionStorage());
    const changed = new Map<string, Stored | null>();
    const keys = new Set(this.#known.keys());
    this.#quietly(() => {
      for (let i = 0; session && i < session.length; i++) {
        const key = session.key(i);
        if (key?.startsWith(SESSION_PREFIX)) keys.add(key.slice(SESSION_PREFIX.length));
      }
    });
    for (const key of keys) {
      const copy = this.#quietlyGet(() =>
        normalize(key, session?.getItem(SESSION_PREFIX + key) ?? null, now),
      );
      const known = this.#known.get(key)?.record ?? null;
      const next = (record: Stored | null) => (record ? keepAfter(scope, key, record, now) : null);
      const record = next(copy ?? known);
      changed.set(key, record && normalize(key, record, now));
    }
    if (scope === 'all') {
      this.#quietly(() => this.#removeKitKeys(session));
      this.#quietly(() => this.#removeKitKeys(globalThis.localStorage));
    }
    for (const [key, record] of changed) {
      this.#known.set(key, { record, at: localDay(now) });
      this.#quietly(() => {
        if (record && scope === 'counts')
          session?.setItem(SESSION_PREFIX + key, JSON.stringify(record));
        else session?.removeItem(SESSION_PREFIX + key);
      });
      this.#tell(key, record, true);
    }
  }

  #quietlyGet<T>(read: () => T): T | null {
    try {
      return read();
    } catch {
      return null;
    }
  }

  /**
   * Reads the record, applies `change`, stores the result (null removes it) and tells the
   * other tabs. Updates in one page run one after another, so none is lost. Never rejects;
   * resolves with the record as stored.
   */
  update(
    campaign: string,
    change: (current: CampaignRecord | null) => CampaignRecord | null,
  ): Promise<CampaignRecord | null> {
    return this.#updateKey(
      String(campaign),
      change as (current: Stored | null) => Stored | null,
    ) as Promise<CampaignRecord | null>;
  }

  #updateKey(
    key: string,
    change: (current: Stored | null) => Stored | null,
  ): Promise<Stored | null> {
    const run = () => this.#update(key, change);
    const result = this.#queue.then(run, run).catch(() => this.#known.get(key)?.record ?? null);
    this.#queue = result;
    // Updates run one after another, so the latest settles after every earlier one.
    this.#pending.set(key, result);
    void result.then(() => {
      if (this.#pending.get(key) === result) this.#pending.delete(key);
    });
    return result;
  }

  /** Changes made by other tabs, or other stores in this page. Returns the unsubscribe. */
  subscribe(listener: RecordListener): () => void {
    this.#listeners.add(listener);
    this.#listen();
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Storage failures, each reported once per store, operation and mode. A listener added
   * after a failure still hears of it (in a microtask): elements connect at different times.
   */
  onError(listener: ErrorListener): () => void {
    this.#errorListeners.add(listener);
    const past = [...this.#errors];
    if (past.length > 0) {
      queueMicrotask(() => {
        for (const detail of past)
          if (this.#errorListeners.has(listener)) callSafely(listener, detail);
      });
    }
    return () => {
      this.#errorListeners.delete(listener);
    };
  }

  /** Stops listening to other tabs and forgets the listeners. Reads and writes still work. */
  close(): void {
    this.#closed = true;
    this.#listeners.clear();
    this.#readerListeners.clear();
    this.#errorListeners.clear();
    this.#channel?.close();
    this.#channel = null;
    if (this.#storageListener) globalThis.removeEventListener?.('storage', this.#storageListener);
    this.#storageListener = undefined;
  }

  // ——— reading and writing, step by step down the modes ———

  async #read(campaign: string): Promise<Stored | null> {
    const found: Known[] = [];
    if (this.#mode === 'persistent') {
      try {
        const raw = await this.#persistent('read', (backend) => backend.getItem(campaign));
        const record = normalize(campaign, raw, this.#now());
        if (record) found.push({ record, at: record.updatedAt });
        if (record && !isCurrent(campaign, raw)) this.#outdated.add(campaign);
      } catch (error) {
        this.#fail('persistent', 'read', error);
      }
    }
    // Also in persistent mode: a reload after an earlier fallback must still find its snooze.
    if (this.#mode !== 'memory') {
      try {
        const session = this.#sessionStorage();
        const raw = session?.getItem(SESSION_PREFIX + campaign) ?? null;
        const record = normalize(campaign, raw, this.#now());
        if (record) found.push({ record, at: record.updatedAt });
        // In persistent mode a session copy is a leftover of an earlier fallback: a sweep
        // moves it into the database and removes it.
        if (record && (this.#mode === 'persistent' || !isCurrent(campaign, safeParse(raw))))
          this.#outdated.add(campaign);
      } catch (error) {
        if (this.#mode === 'session') this.#fail('session', 'read', error);
      }
    }
    const known = this.#known.get(campaign);
    if (known) found.push(known); // last: on a tie, what this page wrote or heard wins
    return (
      found.reduce<Known | null>(
        (newest, each) => (!newest || each.at >= newest.at ? each : newest),
        null,
      )?.record ?? null
    );
  }

  async #update(
    campaign: string,
    change: (current: Stored | null) => Stored | null,
  ): Promise<Stored | null> {
    const current = await this.#read(campaign);
    let next: Stored | null;
    try {
      next = change(current);
    } catch (error) {
      console.error('[support-kit] a snooze store update threw; nothing was stored.', error);
      return current;
    }
    if (next === current) return current;
    const now = this.#now();
    const record = next === null ? null : normalize(campaign, prune(campaign, next, now), now);
    if (next !== null && record === null) return current; // the change built garbage: keep what was there
    await this.#write(campaign, record, now);
    this.#broadcast(campaign, record, now);
    this.#tell(campaign, record, false);
    return record;
  }

  async #write(campaign: string, record: Stored | null, now: number): Promise<void> {
    // A tab that stores anything must hear another tab's erase, listeners or not.
    this.#listen();
    this.#known.set(campaign, { record, at: record?.updatedAt ?? localDay(now) });
    const operation: Operation = record ? 'write' : 'remove';
    if (this.#mode === 'persistent') {
      try {
        await this.#persistent(operation, (backend) =>
          record ? backend.setItem(campaign, record) : backend.removeItem(campaign),
        );
        // A copy left by an earlier fallback would otherwise outlive a reset, or keep what
        // the reader has since erased.
        this.#quietly(() => this.#sessionStorage()?.removeItem(SESSION_PREFIX + campaign));
        return;
      } catch (error) {
        this.#fail('persistent', operation, error);
      }
    }
    if (this.#mode === 'session') {
      try {
        const session = this.#sessionStorage();
        if (!session) throw new Error('sessionStorage is not available');
        if (record) session.setItem(SESSION_PREFIX + campaign, JSON.stringify(record));
        else session.removeItem(SESSION_PREFIX + campaign);
      } catch (error) {
        this.#fail('session', operation, error);
      }
    }
    // memory: #known already holds it
  }

  /** One localforage operation, after ready(), within the bounded wait. */
  #persistent<T>(operation: Operation, run: (backend: KeyValueBackend) => Promise<T>): Promise<T> {
    return withTimeout(() => {
      const backend = (this.#backend ??=
        this.#backendOption ??
        localforage.createInstance({
          name: STORE_NAME,
          storeName: 'campaigns',
          // IndexedDB only. localforage's localStorage driver would be a second persistent
          // tier that the store's own sessionStorage step makes redundant; without it the
          // drop-in leaves that driver out (1.4 KB brotli) and never touches localStorage
          // while it loads (localforage probes it synchronously at import).
          driver: localforage.INDEXEDDB,
        }));
      if (!this.#ready) {
        this.#ready = Promise.resolve(backend.ready?.()).then(() => {
          this.#opened = true;
        });
        this.#ready.catch(() => {}); // reported by the operation that waits on it
      }
      return this.#ready.then(() => run(backend));
    }, this.#timeoutMs).catch((error: unknown) => {
      // Until ready() has answered, any failure is the database failing to open.
      throw new OperationFailure(this.#opened ? operation : 'open', error);
    });
  }

  /** A failure in mode `from`: step down (once, however many operations fail together) and report. */
  #fail(from: StorageMode, operation: Operation, failure: unknown): void {
    const kind = failure instanceof OperationFailure ? failure.operation : operation;
    const error = failure instanceof OperationFailure ? failure.error : failure;
    if (this.#mode === from) {
      this.#mode = from === 'persistent' && this.#sessionUsable() ? 'session' : 'memory';
    }
    const key = `${kind}:${from}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    const cause =
      error instanceof StorageTimeoutError
        ? `did not answer within ${error.timeoutMs} ms`
        : `failed (${errorName(error)})`;
    const detail: StorageErrorDetail = {
      operation: kind,
      mode: this.#mode,
      error,
      message: `${DESCRIBED_MODES[from]} ${kind} ${cause}; now using ${DESCRIBED_MODES[this.#mode]}.`,
    };
    this.#errors.push(detail);
    for (const listener of [...this.#errorListeners]) callSafely(listener, detail);
  }

  #sessionStorage(): Storage | null {
    if (this.#session === undefined) {
      if (this.#sessionOption !== undefined) this.#session = this.#sessionOption;
      else {
        try {
          this.#session = globalThis.sessionStorage ?? null; // the getter itself throws in sandboxed frames
        } catch {
          this.#session = null;
        }
      }
    }
    return this.#session;
  }

  /** Whether sessionStorage takes a write at all (it throws in some private modes and frames). */
  #sessionUsable(): boolean {
    if (this.#sessionWorks === undefined) {
      try {
        const session = this.#sessionStorage();
        if (!session) throw new Error('no sessionStorage');
        session.setItem(SESSION_PROBE_KEY, '1');
        session.removeItem(SESSION_PROBE_KEY);
        this.#sessionWorks = true;
      } catch {
        this.#sessionWorks = false;
      }
    }
    return this.#sessionWorks;
  }

  #quietly(action: () => void): void {
    try {
      action();
    } catch {
      // best effort: the record of truth was already written
    }
  }

  // ——— other tabs ———

  /** The page's channel, or null where BroadcastChannel is missing (or the store is closed). */
  #ensureChannel(): BroadcastChannel | null {
    if (this.#channel === undefined && !this.#closed) {
      try {
        this.#channel =
          typeof BroadcastChannel === 'function' ? new BroadcastChannel(this.#channelName) : null;
      } catch {
        this.#channel = null;
      }
      if (this.#channel) this.#channel.onmessage = (event) => this.#receive(event.data);
    }
    return this.#channel ?? null;
  }

  #listen(): void {
    if (this.#ensureChannel() || this.#storageListener || this.#closed) return;
    // No BroadcastChannel: other tabs write a message into localStorage instead.
    this.#storageListener = (event: StorageEvent) => {
      if (event.key !== this.#storageKey() || !event.newValue) return;
      try {
        this.#receive(JSON.parse(event.newValue));
      } catch {
        // not ours, or cut short
      }
    };
    globalThis.addEventListener?.('storage', this.#storageListener);
  }

  #storageKey(): string {
    return `${this.#channelName}:message`;
  }

  #broadcast(campaign: string, record: Stored | null, at: number): void {
    const message: RecordMessage = { type: MESSAGE_TYPE, source: this.#id, campaign, record, at };
    this.#send(message);
  }

  #send(message: object): void {
    if (this.#closed) return;
    const channel = this.#ensureChannel();
    if (channel) {
      try {
        channel.postMessage(message);
        return;
      } catch {
        // fall through to the storage event
      }
    }
    this.#quietly(() => {
      const nonce = Math.random().toString(36).slice(2); // the same message twice must still fire
      const storage = globalThis.localStorage;
      storage?.setItem(this.#storageKey(), JSON.stringify({ ...message, nonce }));
      // The other tabs got their storage event with the value; nothing needs to stay behind
      // (removing fires one more event, with no value, which they ignore).
      storage?.removeItem(this.#storageKey());
    });
  }

  #broadcastErase(scope: EraseScope): void {
    this.#send({ type: ERASE_TYPE, source: this.#id, scope });
  }

  #receive(data: unknown): void {
    if (!isObject(data) || data['source'] === this.#id) return;
    if (data['type'] === ERASE_TYPE) {
      if (data['scope'] === 'all' || data['scope'] === 'counts') this.#eraseHere(data['scope']);
      return;
    }
    if (data['type'] !== MESSAGE_TYPE) return;
    const campaign = data['campaign'];
    if (typeof campaign !== 'string') return;
    const now = this.#now();
    const record = data['record'] === null ? null : normalize(campaign, data['record'], now);
    if (data['record'] !== null && record === null) return; // garbage, not a removal
    const at = data['at'];
    this.#known.set(campaign, {
      record,
      at: record?.updatedAt ?? localDay(typeof at === 'number' && Number.isFinite(at) ? at : now),
    });
    // sessionStorage is this tab's own: a copy from an earlier fallback must not outlive a
    // removal (a reset, "forget all") made in another tab.
    if (!record) this.#quietly(() => this.#sessionStorage()?.removeItem(SESSION_PREFIX + campaign));
    this.#tell(campaign, record, true);
  }

  /**
   * Tells the listeners of a change: campaign listeners only of other stores' changes (`heard`),
   * reader listeners of every change, this page's included (a count on the page counts it).
   */
  #tell(key: string, record: Stored | null, heard: boolean): void {
    if (key === READER_KEY) {
      for (const listener of [...this.#readerListeners])
        callSafely(listener, record as ReaderRecord | null);
    } else if (heard) {
      for (const listener of [...this.#listeners])
        callSafely(listener, key, record as CampaignRecord | null);
    }
  }
}

/** A listener's bug is logged, not thrown into the store (or the page). */
function callSafely<A extends unknown[]>(listener: (...args: A) => void, ...args: A): void {
  try {
    listener(...args);
  } catch (error) {
    console.error('[support-kit] a snooze store listener threw', error);
  }
}

const SHARED_STORE = Symbol.for('support-kit.snooze-store');

/**
 * One store per page, shared by every element. Kept on globalThis under a Symbol.for key,
 * so two copies of the bundle on one page share it too.
 */
export function sharedStore(): SnoozeStore {
  const holder = globalThis as typeof globalThis & { [SHARED_STORE]?: SnoozeStore };
  return (holder[SHARED_STORE] ??= new SnoozeStore());
}
