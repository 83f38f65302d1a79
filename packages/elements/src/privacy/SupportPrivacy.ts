import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import {
  consoleWarnerOnce,
  forgetAll,
  localeDirection,
  parseHeadingLevel,
  parseLinkUrl,
  setCounting,
  summarizeMemory,
  type MemorySummary,
  type SnoozeStore,
  type Warn,
} from '@support-kit/core';
import { SupportCountingChangeEvent, SupportForgetEvent } from '../events/SupportEvents.js';
import { elementLocale } from '../shared/inherited-lang.js';
import { defaultColours } from '../shared/default-colours.styles.js';
import { fire } from '../shared/fire.js';
import { privacyMessages } from './messages.js';
import { inheritedText } from '../shared/inherited-text.styles.js';
import { storeOr } from '../shared/store.js';

/**
 * What this site's support appeals remember on this device, said from the stored records
 * themselves, with the reader's two controls: stop (or restart) counting their reading, and
 * forget all of it — every campaign's snoozes, dismissals and views and the reading count, in
 * this tab and the others; only the wish not to be counted is kept. Each action is confirmed
 * in text, in a live region. It also says what a person holding the device could learn from
 * what remains, that deleted records may linger in the browser's files, and how to clear the
 * site's data (with the site's own instructions, `clear-data-url`). For a privacy page.
 *
 * @summary The reader's view of, and control over, what the kit remembers.
 * @tagname support-privacy
 *
 * @slot heading - The visible heading. Default: "What this site's appeals remember on this device".
 *
 * @csspart panel - The panel.
 * @csspart heading - The heading.
 * @csspart summary - The sentences saying what is remembered.
 * @csspart exposure - What someone holding the device could learn from it.
 * @csspart residue - That deleted records may linger, and how to clear the site's data.
 * @csspart clear-link - The link to the site's "how to clear this site's data" page.
 * @csspart button - Each of the two buttons.
 * @csspart status - The confirmation (a live region).
 *
 * @cssprop --support-accent - Button border and focus ring colour.
 * @cssprop --support-radius - Corner radius of the buttons.
 *
 * @fires {SupportCountingChangeEvent} support-counting-change - The reader turned counting off or on: `{counting}`.
 * @fires {SupportForgetEvent} support-forget - The reader forgot everything: `{counting}` (false when the opt-out was kept).
 *
 * @attr {string} locale - Language of the panel (en, ru); else the nearest `lang`.
 * @attr {string} clear-data-url - The site's page on clearing its data in the browser (http: or https:; anything else: no link, one warning).
 * @attr {string} heading-level - ARIA level of the heading, 1–6. Default 2.
 */
export class SupportPrivacy extends LitElement {
  static override styles = [
    inheritedText,
    css`
      ${defaultColours}
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      [part~='heading'] {
        margin: 0 0 0.5em;
        font-size: 1.15em;
        font-weight: 700;
        line-height: 1.3;
      }
      p {
        margin: 0 0 0.5em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0.75em 0;
      }
      /* A real-looking button on light and dark pages: the accent's border (3:1 against both), the page's text. */
      button {
        box-sizing: border-box;
        min-block-size: 44px;
        margin: 0;
        padding: 0.5em 1em;
        border: 2px solid var(--_accent);
        border-radius: var(--support-radius, 6px);
        background: transparent;
        color: inherit;
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      button:hover {
        text-decoration: underline;
      }
      button:focus-visible,
      a:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      a {
        color: inherit;
      }
      [role='status'] {
        margin: 0.5em 0 0;
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
        }
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    locale: { reflect: true, useDefault: true },
    clearDataUrl: { reflect: true, useDefault: true, attribute: 'clear-data-url' },
    headingLevel: { reflect: true, useDefault: true, attribute: 'heading-level' },
    store: { attribute: false },
    _summary: { state: true },
    _status: { state: true },
  };

  locale: string | null = null;
  clearDataUrl: string | null = null;
  headingLevel: string | null = null;
  /** The store shown and changed, and its clock. Default: the page's shared store. */
  store: SnoozeStore | null = null;

  protected _summary: MemorySummary | null = null;
  protected _status = '';
  #stops: Array<() => void> = [];
  #warn: Warn = consoleWarnerOnce('support-privacy');

  get #store(): SnoozeStore {
    return storeOr(this.store);
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
    const exposure = summary ? messages.exposure(summary) : '';
    const link = parseLinkUrl('clear-data-url', this.clearDataUrl, document.baseURI, this.#warn);
    return html`<section
      part="panel"
      aria-labelledby="heading"
      lang=${messages.lang}
      dir=${localeDirection(messages.lang)}
    >
      <div
        part="heading"
        id="heading"
        role="heading"
        aria-level=${parseHeadingLevel(this.headingLevel, this.#warn)}
      >
        <slot name="heading">${messages.heading}</slot>
      </div>
      <p part="summary">${summary ? messages.remembers(summary, messages.lang) : ''}</p>
      ${exposure ? html`<p part="exposure">${exposure}</p>` : nothing}
      <div class="actions">
        <button part="button" type="button" @click=${() => void this.setCounting(!counting)}>
          ${counting ? messages.stop : messages.resume}
        </button>
        <button part="button" type="button" @click=${() => void this.forget()}>
          ${messages.forget}
        </button>
      </div>
      <p part="residue">
        ${messages.residue}
        ${link ? html` <a part="clear-link" href=${link}>${messages.clearLink}</a>` : nothing}
      </p>
      <p part="status" role="status">${this._status}</p>
    </section>`;
  }
}
