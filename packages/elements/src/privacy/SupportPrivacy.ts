import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import {
  consoleWarnerOnce,
  forgetAll,
  localeDirection,
  setCounting,
  sharedStore,
  summarizeMemory,
  type MemorySummary,
  type SnoozeStore,
  type Warn,
} from '@support-kit/core';
import { SupportCountingChangeEvent, SupportForgetEvent } from '../events/SupportEvents.js';
import { elementLocale } from '../shared/inherited-lang.js';
import { quietButtonStyles } from '../shared/quiet-button.styles.js';
import { defaultColours } from '../shared/default-colours.styles.js';
import { fire } from '../shared/fire.js';
import { privacyMessages } from './messages.js';
import { inheritedText } from '../shared/inherited-text.styles.js';

/**
 * What this site's support appeals remember on this device, said from the stored records
 * themselves, with the reader's two controls: stop (or restart) counting their reading, and
 * forget all of it — every campaign's snoozes, dismissals and views and the reading count, in
 * this tab and the others; only the wish not to be counted is kept. Each action is confirmed
 * in text, in a live region. For a privacy page, or an appeal's footer.
 *
 * @summary The reader's view of, and control over, what the kit remembers.
 * @tagname support-privacy
 *
 * @csspart panel - The panel.
 * @csspart summary - The sentence saying what is remembered.
 * @csspart button - Each of the two buttons.
 * @csspart status - The confirmation (a live region).
 *
 * @cssprop --support-accent - Focus ring colour.
 * @cssprop --support-radius - Corner radius of the buttons.
 *
 * @fires {SupportCountingChangeEvent} support-counting-change - The reader turned counting off or on: `{counting}`.
 * @fires {SupportForgetEvent} support-forget - The reader forgot everything: `{counting}` (false when the opt-out was kept).
 *
 * @attr {string} locale - Language of the panel (en, ru); else the nearest `lang`.
 */
export class SupportPrivacy extends LitElement {
  static override styles = [
    inheritedText,
    quietButtonStyles,
    css`
      ${defaultColours}
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      p {
        margin: 0 0 0.5em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      button {
        padding: 0.5em 0.75em;
        border-color: currentColor;
      }
      button:focus-visible {
        outline: 2px solid var(--support-accent, #1a5fb4);
        outline-offset: 2px;
      }
      [role='status'] {
        margin: 0.5em 0 0;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    locale: { reflect: true, useDefault: true },
    store: { attribute: false },
    _summary: { state: true },
    _status: { state: true },
  };

  locale: string | null = null;
  /** The store shown and changed, and its clock. Default: the page's shared store. */
  store: SnoozeStore | null = null;

  protected _summary: MemorySummary | null = null;
  protected _status = '';
  #stops: Array<() => void> = [];
  #warn: Warn = consoleWarnerOnce('support-privacy');

  get #store(): SnoozeStore {
    return this.store ?? sharedStore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#stops.splice(0)) stop();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // A store given after it connected: what it shows and what its buttons change must be the
    // same store's.
    if (changed.has('store') && changed.get('store') !== undefined) this.#follow();
  }

  /** Shows the current store's records and follows their changes (here and in other tabs). */
  #follow(): void {
    for (const stop of this.#stops.splice(0)) stop();
    const store = this.#store;
    const refresh = () => void this.refresh();
    this.#stops.push(store.onReader(refresh), store.subscribe(refresh));
    refresh();
  }

  /** Reads the records again (the panel also follows changes by itself). */
  async refresh(): Promise<void> {
    const store = this.#store;
    this._summary = summarizeMemory(await store.entries(), store.now());
  }

  /** Counting off (false) or on; as the toggle button. */
  async setCounting(on: boolean): Promise<void> {
    await setCounting(on, this.#store);
    await this.refresh();
    const messages = privacyMessages(this.#locale);
    this._status = on ? messages.resumed : messages.stopped;
    fire(this, new SupportCountingChangeEvent({ counting: on }));
  }

  /** Forgets every kit record on this device; as the "Forget all of it" button. */
  async forget(): Promise<void> {
    await forgetAll(this.#store);
    await this.refresh();
    const counting = this._summary?.reading?.counting !== false;
    this._status = privacyMessages(this.#locale).forgotten(!counting);
    fire(this, new SupportForgetEvent({ counting }));
  }

  get #locale(): string {
    return elementLocale(this, this.locale, this.#warn);
  }

  protected override render() {
    const messages = privacyMessages(this.#locale);
    const summary = this._summary;
    const counting = summary?.reading?.counting !== false;
    return html`<div
      part="panel"
      role="group"
      aria-label=${messages.heading}
      lang=${messages.lang}
      dir=${localeDirection(messages.lang)}
    >
      <p part="summary">${summary ? messages.remembers(summary, messages.lang) : ''}</p>
      <div class="actions">
        <button
          part="button"
          class="quiet-button"
          type="button"
          @click=${() => void this.setCounting(!counting)}
        >
          ${counting ? messages.stop : messages.resume}
        </button>
        <button part="button" class="quiet-button" type="button" @click=${() => void this.forget()}>
          ${messages.forget}
        </button>
      </div>
      <p part="status" role="status">${this._status}</p>
    </div>`;
  }
}
