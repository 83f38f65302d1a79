import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  DEV,
  applySnooze,
  consoleWarnerOnce,
  localeDirection,
  readDays,
  type SnoozeStore,
  type Warn,
} from '@support-kit/core';
import { SupportSnoozeEvent, SupportStorageErrorEvent } from '../events/SupportEvents.js';
import { elementLocale } from '../shared/inherited-lang.js';
import { remindLaterMessages, type RemindLaterMessages } from './messages.js';
import { remindLaterStyles } from './support-remind-later.styles.js';
import { quietButtonStyles } from '../shared/quiet-button.styles.js';
import { attributeText, campaignId } from '../shared/attribute-text.js';
import { fire } from '../shared/fire.js';
import { SlotContentController } from '../shared/slot-content.js';
import { sitePolicy } from '../shared/site-policy.js';
import { inheritedText } from '../shared/inherited-text.styles.js';
import { queryPage } from '../shared/page.js';
import { composedParent } from '../shared/composed-tree.js';
import { storeOr } from '../shared/store.js';

/** What this element needs from a `<support-appeal>` (structural, to avoid an import cycle). */
interface SnoozableAppeal extends HTMLElement {
  campaign: string;
  snooze(days?: number): Promise<unknown>;
}

function isAppeal(node: unknown): node is SnoozableAppeal {
  return (
    node instanceof HTMLElement &&
    node.localName === 'support-appeal' &&
    typeof (node as Partial<SnoozableAppeal>).snooze === 'function'
  );
}

/**
 * The built-in label, saying its own language and direction: in a page in Arabic it is
 * English, and even in a Russian page the shadow tree has no `lang` that Firefox's `:lang()`
 * would see.
 */
function ownLabel({ lang, label }: RemindLaterMessages) {
  return html`<span lang=${lang} dir=${localeDirection(lang)}>${label}</span>`;
}

/** Standalone snoozes without `days` last this long, like an appeal's default `snooze-days`. */
const DEFAULT_DAYS = 7;

/**
 * "Remind me later": hides an appeal until a snooze ends, remembered by the reader's browser
 * (and their other tabs). Three placements:
 *
 * - inside a `<support-appeal>` (light DOM or its own template): snoozes that appeal, which
 *   then applies its `snooze-days` back-off and moves focus;
 * - anywhere with `campaign="…"`: snoozes the appeal of that campaign on the page, or, when
 *   there is none, writes the snooze to the store itself (appeals elsewhere hear the
 *   `support-snooze` event or the store and hide);
 * - alone, without either: snoozes the `default` campaign.
 *
 * @summary A "Remind me later" button that snoozes an appeal.
 * @tagname support-remind-later
 *
 * @slot - The label. Default: "Remind me later" / "Напомнить позже", by locale.
 *
 * @csspart button - The native `<button>`.
 *
 * @cssprop --support-accent - Focus ring colour.
 * @cssprop --support-radius - Corner radius of the button.
 *
 * @fires {SupportSnoozeEvent} support-snooze - When it snoozed on its own (no appeal found):
 *   `{campaign, until, count}`. Inside an appeal, the appeal fires it.
 * @fires {SupportStorageErrorEvent} support-storage-error - Storage failed while snoozing on its
 *   own; the snooze is kept for the page (session or memory).
 *
 * @attr {number} days - Snooze length in days (positive number). Default: the appeal's
 *   `snooze-days` back-off, or 7 when alone.
 * @attr {string} campaign - The campaign to snooze; default: the enclosing appeal's, else `default`.
 * @attr {string} locale - Language of the default label; else the nearest `lang`.
 */
export class SupportRemindLater extends LitElement {
  static override styles = [inheritedText, quietButtonStyles, remindLaterStyles];
  // Declared statically rather than with decorators: the bundle then carries no decorator
  // helpers, and the manifest analyzer reads these literals as it read the decorators.
  static override properties: PropertyDeclarations = {
    days: { reflect: true, useDefault: true },
    campaign: { reflect: true, useDefault: true },
    locale: { reflect: true, useDefault: true },
    store: { attribute: false },
  };

  /** Snooze length in days; empty: the appeal's `snooze-days` (7 when alone). */
  days: number | string | null = null;

  /** The campaign to snooze; empty: the enclosing appeal's, else `default`. */
  campaign: string | null = null;

  /** Language of the default label (BCP 47); empty: the nearest ancestor `lang`. */
  locale: string | null = null;

  /**
   * The store used when snoozing on its own, and its clock. Default: the page's shared store.
   * Set it before the first click (tests pass a store of their own, with a fake clock).
   */
  store: SnoozeStore | null = null;

  /** Warns once per attribute and value, however often it is re-read. */
  #warn: Warn = consoleWarnerOnce('support-remind-later');
  #days: number | undefined;
  /** The label slot: whitespace or a comment in it leaves the built-in label. */
  #slots = new SlotContentController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('days')) this.#days = this.#parseDays(attributeText(this.days));
  }

  /** Core's day reader, as for the appeal's `snooze-days`: no hex, no exponents, ten years at most. */
  #parseDays(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const reading = readDays(value);
    if (!reading.ok) {
      this.#warn(
        'days',
        value,
        DEV
          ? `${reading.problem}. Using the appeal's snooze-days (${DEFAULT_DAYS} when alone).`
          : '',
      );
      return undefined;
    }
    if (reading.note)
      this.#warn('days', value, DEV ? `${reading.note}. Using ${reading.value}.` : '');
    return reading.value;
  }

  /** The resolved language of the default label. */
  get resolvedLocale(): string {
    return elementLocale(this, this.locale, this.#warn);
  }

  protected override render() {
    const messages = remindLaterMessages(this.resolvedLocale);
    return html`<button part="button" class="quiet-button" type="button" @click=${this.#onClick}>
      <slot name=${this.#slots.name('')}>${ownLabel(messages)}</slot>
    </button>`;
  }

  /** Moves focus to the button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('button')?.focus(options);
  }

  /** Snoozes its appeal (or campaign) as if the reader had clicked. */
  async snooze(): Promise<void> {
    const appeal = this.#targetAppeal();
    if (appeal) {
      await appeal.snooze(this.#days);
      return;
    }
    await this.#snoozeAlone(campaignId(this.campaign));
  }

  #onClick = () => {
    void this.snooze();
  };

  /** The enclosing appeal (crossing shadow roots) unless `campaign` names another one. */
  #targetAppeal(): SnoozableAppeal | null {
    const wanted = attributeText(this.campaign)?.trim() || null;
    let node: Node | null = this.parentNode;
    while (node) {
      if (isAppeal(node)) {
        if (wanted === null || campaignId(node.campaign) === wanted) return node;
        break;
      }
      node = composedParent(node);
    }
    if (wanted === null) return null;
    for (const candidate of queryPage('support-appeal')) {
      if (isAppeal(candidate) && campaignId(candidate.campaign) === wanted) return candidate;
    }
    return null;
  }

  async #snoozeAlone(campaign: string): Promise<void> {
    const store = storeOr(this.store);
    const now = store.now();
    // The site's longest hide (support-kit:max-days) holds for a button alone too: markup in a
    // comment must not hide the site's appeal for years any more than an appeal's snooze-days.
    const maxDays = sitePolicy().maxDays;
    const wanted = this.#days ?? DEFAULT_DAYS;
    if (wanted > maxDays) {
      const why = `longer than the site's support-kit:max-days. Using ${maxDays}.`;
      this.#warn('days', String(this.days), DEV ? why : '');
    }
    const days = Math.min(wanted, maxDays);
    const stopErrors = store.onError((detail) =>
      fire(this, new SupportStorageErrorEvent({ ...detail, campaign })),
    );
    try {
      const record =
        (await store.update(campaign, (current) => applySnooze(current, [days], now, days))) ??
        applySnooze(null, [days], now, days);
      fire(
        this,
        new SupportSnoozeEvent({
          campaign,
          until: record.snoozedUntil ?? now + days * 86_400_000,
          count: record.snoozeCount,
        }),
      );
    } finally {
      stopErrors();
    }
  }
}
