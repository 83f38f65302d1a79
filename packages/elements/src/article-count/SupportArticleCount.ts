import { LitElement, css, nothing, type PropertyDeclarations } from 'lit';
import {
  DEV,
  DEFAULT_ARTICLE_DAYS,
  MAX_READING_DAYS,
  consoleWarnerOnce,
  countReads,
  formatCount,
  parseWholeNumber,
  type ReaderRecord,
  type SnoozeStore,
  type Warn,
} from '@support-kit/core';
import { elementLocale } from '../shared/inherited-lang.js';
import { attributeText } from '../shared/attribute-text.js';
import { storeOr } from '../shared/store.js';

type Category = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The reader's own reading habit, in the site's sentence: "You've read 12 articles in the last
 * year". The number is counted on this device only (see `<meta name="support-kit:article">`);
 * the sentence is chosen by the locale's plural rules from the attributes `zero`, `one`,
 * `two`, `few`, `many`, `other` (`{count}` stands for the number), and is text, never HTML.
 *
 * It renders nothing at all — no empty sentence, no space — below `min`, while the count is
 * unknown (no record, storage failed) and when the reader turned counting off. A read stored
 * on the page it sits on shows as soon as it is stored.
 *
 * The sentence is plain text in its shadow root, in the page's font and colour: it has no
 * slots, parts or events; style it as you would a `<span>`.
 *
 * @summary How many articles this reader read, in the site's words.
 * @tagname support-article-count
 *
 * @attr {number} days - The window in days, 1–400. Default 365.
 * @attr {number} min - Render nothing below this count. Default 1.
 * @attr {string} one - The sentence for the `one` plural category, e.g. "You've read {count} article".
 * @attr {string} other - The sentence for every other category (required).
 * @attr {string} zero - The `zero` category (e.g. Arabic, Latvian).
 * @attr {string} two - The `two` category.
 * @attr {string} few - The `few` category (e.g. Russian 2–4, 22–24).
 * @attr {string} many - The `many` category (e.g. Russian 5–20, 25–30).
 * @attr {string} locale - Plural rules and number format; else the nearest `lang`.
 */
export class SupportArticleCount extends LitElement {
  static override styles = css`
    :host([hidden]) {
      display: none;
    }
  `;
  static override properties: PropertyDeclarations = {
    days: { reflect: true, useDefault: true },
    min: { reflect: true, useDefault: true },
    zero: { reflect: true, useDefault: true },
    one: { reflect: true, useDefault: true },
    two: { reflect: true, useDefault: true },
    few: { reflect: true, useDefault: true },
    many: { reflect: true, useDefault: true },
    other: { reflect: true, useDefault: true },
    locale: { reflect: true, useDefault: true },
    store: { attribute: false },
    _record: { state: true },
  };

  /** The window, in days (1–400). Default 365. */
  days: number | string | null = null;
  /** The smallest count shown. Default 1. */
  min: number | string | null = null;
  zero: string | null = null;
  one: string | null = null;
  two: string | null = null;
  few: string | null = null;
  many: string | null = null;
  other: string | null = null;
  locale: string | null = null;
  /** The store to read, and its clock. Default: the page's shared store. */
  store: SnoozeStore | null = null;

  protected _record: ReaderRecord | null = null;
  #known = false;
  #stop: (() => void) | undefined;
  #warn: Warn = consoleWarnerOnce('support-article-count');

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('store') && changed.get('store') !== undefined) void this.#load();
  }

  async #load(): Promise<void> {
    const store = storeOr(this.store);
    this.#stop?.();
    this.#stop = store.onReader((record) => {
      this.#known = true;
      this._record = record;
    });
    const record = await store.readReader();
    if (storeOr(this.store) !== store) return;
    this.#known = true;
    this._record = record;
    this.requestUpdate();
  }

  /** The number shown, or null when nothing is to be rendered. */
  get count(): number | null {
    if (!this.#known) return null;
    const store = storeOr(this.store);
    const days = parseWholeNumber(
      'days',
      attributeText(this.days),
      DEFAULT_ARTICLE_DAYS,
      1,
      MAX_READING_DAYS,
      this.#warn,
    );
    return countReads(this._record, store.now(), days);
  }

  protected override render() {
    const count = this.count;
    const min = parseWholeNumber('min', attributeText(this.min), 1, 0, 1e6, this.#warn);
    if (count === null || count < min) return nothing;
    const locale = elementLocale(this, this.locale, this.#warn);
    let category: Category = 'other';
    try {
      category = new Intl.PluralRules(locale).select(count) as Category;
    } catch {
      // a locale Intl refuses was already warned about; 'other' is always there
    }
    const sentence = attributeText(this[category]) ?? attributeText(this.other);
    if (!sentence) {
      this.#warn(
        'other',
        '',
        DEV ? 'no sentence for this count; add other="… {count} …". Rendering nothing.' : '',
      );
      return nothing;
    }
    // Text binding: the site's sentence is never parsed as HTML.
    return sentence.split('{count}').join(formatCount(count, locale));
  }
}
