import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  applyDismiss,
  applySnooze,
  applyView,
  forgetOldViews,
  totalViews,
  type CampaignRecord,
  type DisplayConfig,
  type ReaderRecord,
  type SnoozeStore,
  type StorageErrorDetail,
  type StorageMode,
  type SuppressReason,
} from '@support-kit/core';
import {
  SupportDismissEvent,
  SupportSnoozeEvent,
  SupportViewEvent,
} from '../events/SupportEvents.js';
import { fire } from '../shared/fire.js';
import { onPage } from '../shared/page.js';
import { storeOr } from '../shared/store.js';

/** What the store holds for a decision (core's `decideAppeal` takes it with the rest). */
export interface StoredRead {
  /** The campaign record, with this page's unstored impressions added. */
  record: CampaignRecord | null;
  /** The reader record as read with the campaign's (only under `min-articles`). */
  reader: ReaderRecord | null;
  mode: StorageMode;
  /** The store's time of the read. */
  now: number;
}

export interface CampaignControllerOptions {
  /** The id records are kept under and events name (trimmed, `default` when empty). */
  campaign(): string;
  /** The store chosen by the element; null: the page's shared store. */
  store(): SnoozeStore | null;
  /**
   * Whether the site runs this campaign (`support-kit:campaigns`). When not, the appeal is
   * suppressed (`policy`) without reading or writing anything: markup for a campaign the
   * site does not run cannot touch the reader's stored state.
   */
  listed?(): boolean;
  display(): DisplayConfig;
  /** Whether the decision needs the reader record (`min-articles`); else it is not read. */
  readsReader?(): boolean;
  /**
   * The stored state to decide on; null when the site does not run the campaign (nothing was
   * read). `live` when it comes from a change while the page is open.
   */
  decided(read: StoredRead | null, live: boolean): void;
  storageError(detail: StorageErrorDetail): void;
  /**
   * The record was read, before the decision: the experiment resolves the reader's group.
   * True when that changed the appeal's configuration: the decision waits for its update.
   */
  prepare?(record: CampaignRecord | null): boolean;
  /** The reader hid it (snooze, dismissal): hide it now, before the write is stored. */
  hide(reason: SuppressReason, until: number | null): void;
}

type Change = (current: CampaignRecord | null) => CampaignRecord | null;
/** A reader's action as core applies it: the record after it, at `now` under `config`. */
type Action = (
  current: CampaignRecord | null,
  config: DisplayConfig,
  now: number,
) => CampaignRecord;

/**
 * The appeal's link to the reader's stored state: reads its campaign's record and asks core
 * for a decision, writes snoozes, dismissals and views (and fires their events on the host),
 * and listens to other tabs (the store) and to other elements of this page (`support-snooze` /
 * `support-dismiss` on `document`). Only the latest read may decide: a newer read or write
 * invalidates older ones. Time is the store's (`store.now()`).
 */
export class CampaignController implements ReactiveController {
  /** The last record read, written or heard of. */
  record: CampaignRecord | null = null;
  /** The reader record as read with the campaign's, for `min-articles`. */
  #reader: ReaderRecord | null = null;
  #generation = 0;
  /** Impressions of this page view not stored, because the reader turned counting off. */
  #pageViews = 0;
  #stops: Array<() => void> = [];
  #subscribed: SnoozeStore | null = null;
  /** `prepare` has run for a read: decisions on records heard from elsewhere may follow. */
  #prepared = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CampaignControllerOptions,
  ) {
    host.addController(this);
  }

  get store(): SnoozeStore {
    return storeOr(this.options.store());
  }

  hostConnected(): void {
    onPage('support-snooze', this.#onPeerChange);
    onPage('support-dismiss', this.#onPeerChange);
  }

  hostDisconnected(): void {
    onPage('support-snooze', this.#onPeerChange, false, true);
    onPage('support-dismiss', this.#onPeerChange, false, true);
    this.#unsubscribe();
    this.invalidate();
  }

  /** Listens to the current store (again, if the element was given another one). */
  subscribe(): void {
    if (this.options.listed?.() === false) return;
    const store = this.store;
    if (this.#subscribed === store) return;
    this.#unsubscribe();
    this.#subscribed = store;
    this.#stops.push(
      store.onError((detail) => this.options.storageError(detail)),
      store.subscribe((campaign, heard) => {
        if (campaign !== this.options.campaign()) return;
        // Not prepared yet (an experiment's group unresolved): read and prepare, rather than
        // decide on what was heard with the markup as written.
        if (this.options.prepare && !this.#prepared) return void this.evaluate(true);
        this.invalidate();
        const record = this.#withinWindow(heard);
        this.record = record;
        this.#decide(record, store, true);
      }),
    );
  }

  /** Reads the record and decides, unless something newer happens meanwhile. */
  async evaluate(live = false): Promise<void> {
    const generation = this.invalidate();
    if (this.options.listed?.() === false) return this.options.decided(null, live);
    const store = this.store;
    const campaign = this.options.campaign();
    // Read together: targeting by reading count never delays the decision by a second read.
    const [stored, reader] = await Promise.all([
      store.read(campaign),
      this.options.readsReader?.() ? store.readReader() : null,
    ]);
    if (generation !== this.#generation || !this.host.isConnected) return;
    this.#reader = reader;
    if (campaign !== this.options.campaign()) return;
    const record = this.#withinWindow(stored);
    this.record = record;
    this.#prepared = true;
    if (this.options.prepare?.(record)) {
      await this.host.updateComplete;
      if (generation !== this.#generation || !this.host.isConnected) return;
    }
    this.#decide(record, store, live);
    // Impressions past the window are forgotten in storage too, not only at the next one.
    if (record !== stored) void store.update(campaign, (current) => this.#withinWindow(current));
  }

  /** Makes reads in flight irrelevant (a snooze must not be undone by an older read). */
  invalidate(): number {
    this.#generation += 1;
    return this.#generation;
  }

  /** Applies `change` to the stored record; resolves with the record as stored. */
  async write(change: Change): Promise<CampaignRecord | null> {
    const changeWithinWindow: Change = (current) => this.#withinWindow(change(current));
    const fallback = changeWithinWindow(this.record);
    if (this.options.listed?.() === false) return fallback;
    const saved =
      (await this.store.update(this.options.campaign(), changeWithinWindow)) ?? fallback;
    this.record = saved;
    return saved;
  }

  /** The record without impressions older than `view-window-days`. */
  #withinWindow(record: CampaignRecord | null): CampaignRecord | null {
    return forgetOldViews(record, this.store.now(), this.options.display().viewWindowDays);
  }

  /** Snoozes for `days`, else for the next step of `snooze-days`; fires `support-snooze`. */
  async snooze(days?: number): Promise<void> {
    const length = typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : undefined;
    const { campaign, now, expected, saved } = await this.#act(
      (current, config, at) => applySnooze(current, config.snoozeDays, at, length),
      (expected) => this.options.hide('snoozed', expected.snoozedUntil),
    );
    fire(
      this.host,
      new SupportSnoozeEvent({
        campaign,
        until: saved.snoozedUntil ?? expected.snoozedUntil ?? now,
        count: saved.snoozeCount,
      }),
    );
  }

  /** Dismisses for `dismiss-days`; fires `support-dismiss`. */
  async dismiss(): Promise<void> {
    const { campaign, now, expected, saved } = await this.#act(
      (current, config, at) => applyDismiss(current, config.dismissDays, at),
      (expected) => this.options.hide('dismissed', expected.dismissedUntil),
    );
    fire(
      this.host,
      new SupportDismissEvent({
        campaign,
        until: saved.dismissedUntil ?? expected.dismissedUntil ?? now,
      }),
    );
  }

  /**
   * Counts an impression; fires `support-view`. With counting off nothing is stored per visit:
   * the impression is kept in this page's memory, so the cap counts only this page view.
   */
  async view(): Promise<void> {
    const reader = await this.store.readReader();
    if (reader?.counting === false) {
      this.#pageViews += 1;
      const campaign = this.options.campaign();
      fire(this.host, new SupportViewEvent({ campaign, views: this.#pageViews }));
      return;
    }
    const { campaign, saved } = await this.#act((current, config, at) =>
      applyView(current, at, config.viewWindowDays),
    );
    fire(this.host, new SupportViewEvent({ campaign, views: totalViews(saved) }));
  }

  /**
   * The steps every reader action shares: read the config, take the time, build the change,
   * hide at once when the action hides (a read still in flight must not show it again), write.
   * Written at once, not after the next paint: the store makes reads of this campaign wait for
   * the write, so an appeal inserted meanwhile (a single-page site's next page) never shows.
   */
  async #act(action: Action, hide?: (expected: CampaignRecord) => void) {
    const campaign = this.options.campaign();
    const config = this.options.display();
    const now = this.store.now();
    const change = (current: CampaignRecord | null) => action(current, config, now);
    const expected = change(this.record);
    if (hide) {
      this.invalidate();
      hide(expected);
    }
    const saved = (await this.write(change)) ?? expected;
    return { campaign, now, expected, saved };
  }

  #decide(stored: CampaignRecord | null, store: SnoozeStore, live: boolean): void {
    const now = store.now();
    const window = this.options.display().viewWindowDays;
    let record = stored;
    for (let i = 0; i < this.#pageViews; i++) record = applyView(record, now, window);
    // The reading count as read at load: a read counted on this page (after load, at idle
    // time) must not make an appeal appear late; it counts from the next page.
    this.options.decided({ record, reader: this.#reader, mode: store.mode, now }, live);
  }

  #unsubscribe(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.#subscribed = null;
  }

  /** Another element on this page snoozed or dismissed this campaign. */
  #onPeerChange = (event: Event) => {
    const detail = (event as Event & { detail?: { campaign?: string } }).detail;
    if (detail?.campaign !== this.options.campaign()) return;
    if (event.composedPath().includes(this.host)) return;
    void this.evaluate(true);
  };
}
