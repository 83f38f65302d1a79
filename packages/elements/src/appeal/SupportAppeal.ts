import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  APPEAL_VARIANTS,
  DEV,
  consoleWarnerOnce,
  decideAppeal,
  hidesShownAppeal,
  parseArticleTarget,
  parseDisplayConfig,
  parseHeadingLevel,
  parsePriority,
  type AppealInputs,
  type ArticleTarget,
  type DisplayConfig,
  type Frequency,
  type SnoozeStore,
  type SuppressReason,
  type Warn,
} from '@support-kit/core';
import {
  SupportShowEvent,
  SupportStorageErrorEvent,
  SupportSuppressEvent,
} from '../events/SupportEvents.js';
import { elementLocale } from '../shared/inherited-lang.js';
import { BannerSpaceController } from './banner-space-controller.js';
import { BannerFitController } from './banner-fit-controller.js';
import { revealFocused } from './reveal-focused.js';
import { CampaignController, type StoredRead } from './campaign-controller.js';
import { ChoiceController } from './choice-controller.js';
import { DialogController } from './dialog-controller.js';
import { deepActiveElement } from './focus-after-hide.js';
import { ImpressionController } from './impression-controller.js';
import { PolicyController } from './policy-controller.js';
import { ScrollHoldController } from './scroll-hold-controller.js';
import { CollapseController } from './collapse-controller.js';
import { ExperimentController } from './experiment-controller.js';
import { appealTemplate, type AppealVariant } from './templates.js';
import { appealMessages } from './messages.js';
import { appealStyles } from './support-appeal.styles.js';
import { quietButtonStyles } from '../shared/quiet-button.styles.js';
import { attributeText, campaignId } from '../shared/attribute-text.js';
import { fire } from '../shared/fire.js';
import { SlotContentController } from '../shared/slot-content.js';
import { inheritedText } from '../shared/inherited-text.styles.js';
import { composedParent } from '../shared/composed-tree.js';

export type AppealState = 'pending' | 'shown' | 'suppressed';
export type { AppealVariant };

/** Attributes whose change can change the display decision. */
const DISPLAY_KEYS = [
  'campaign',
  'supporter',
  'snoozeDays',
  'dismissDays',
  'maxViews',
  'viewWindowDays',
  'noStorage',
  'minArticles',
  'articlesDays',
] as const;

/**
 * The appeal that closes an article: a heading, a message, the amount choice, a call to
 * action and "Remind me later". It stays invisible (no space, no paint) while it reads the
 * reader's stored state, then shows or stays suppressed according to core's display rules.
 *
 * Variants: `inline` (set apart at the end of an article, a labelled region), `banner`
 * (fixed at the bottom, at most a third of the viewport; collapsible; Escape minimizes it;
 * while shown it adds its height to the document element's `padding-bottom` and sets
 * `scroll-padding-bottom`, so it never covers the focused element), `modal` (a native
 * `<dialog>` opened with `showModal()`; heading and close at the top, the message scrolling,
 * the actions always in view; Escape or the close button dismiss it for `dismiss-days`; focus
 * returns where it was).
 *
 * When it hides while holding focus (snooze, dismiss, another tab), focus moves to the next
 * focusable element after it, else the previous one, else its nearest landmark — never `body`.
 *
 * @summary The support appeal at the end of an article.
 * @tagname support-appeal
 *
 * @slot - The message. Default: two generic paragraphs naming the smallest monthly amount.
 * @slot heading - The heading text (inline content). Default: "A message from {org}".
 * @slot cta - The label of the call to action. Default: "Give $5 a month", by choice and locale.
 * @slot remind-later - The label of "Remind me later".
 * @slot footer - Small print under the actions (payment providers, tax notes).
 *
 * @csspart container - The box (a `<section>`, or the `<dialog>` of the modal).
 * @csspart heading - The heading.
 * @csspart body - The message.
 * @csspart amounts - The `<support-amounts>` element.
 * @csspart cta - The call to action (`<a>` with a checkout URL, `<button>` without).
 * @csspart remind-later - The `<support-remind-later>` element.
 * @csspart remind-later-button - The button inside it.
 * @csspart close - The close button (`dismissible`, and always in the modal).
 * @csspart toggle - The banner's "Minimize" button (its `aria-expanded` tells the state).
 * @csspart footer - The footer.
 *
 * @cssprop --support-accent - Accent: top border, CTA background, focus rings. Default #1d4ed8,
 *   #2d6ae8 under `color-scheme: dark`.
 * @cssprop --support-on-accent - Text on the accent (CTA label). Default #fff.
 * @cssprop --support-surface - Background. Inline: transparent; banner and modal: `Canvas`.
 * @cssprop --support-text - Text colour. Default: inherited (banner and modal: `CanvasText`).
 * @cssprop --support-radius - Corner radius. Default 4px.
 * @cssprop --support-font - Font family. Default: inherited from the page.
 * @cssprop --support-gap - Base spacing. Default 1rem.
 * @cssprop --support-z-index - Stacking of the banner. Default 2147483000.
 *
 * @fires {SupportShowEvent} support-show - It became visible: `{campaign, variant}`.
 * @fires {SupportViewEvent} support-view - Half of it stayed visible for 1 s: `{campaign, views}`.
 * @fires {SupportSuppressEvent} support-suppress - It will not show: `{campaign, reason, until}`.
 * @fires {SupportCheckoutEvent} support-checkout - The reader chose to give (cancelable):
 *   `{amount, currency, frequency, campaign, url}`.
 * @fires {SupportSnoozeEvent} support-snooze - "Remind me later": `{campaign, until, count}`.
 * @fires {SupportDismissEvent} support-dismiss - Closed: `{campaign, until}`.
 * @fires {SupportStorageErrorEvent} support-storage-error - Storage failed; it goes on with a
 *   weaker store: `{operation, mode, error, message, campaign}`.
 * @fires {SupportAmountChangeEvent} support-amount-change - From the inner `<support-amounts>`.
 *
 * @attr {string} experiment - Name of an A/B test between its `<template group="ID">` children
 *   (see README "Experiments"). Read when it connects.
 * @attr {string} experiment-days - How long a reader's group is kept, in days. Default 90, at
 *   most the site's `support-kit:max-days`.
 * @attr {string} campaign - Id of this appeal, the key of its stored state. Default `default`.
 * @attr {string} org - Outlet name for the default heading.
 * @attr {'inline' | 'banner' | 'modal'} variant - Presentation. Default `inline`.
 * @attr {string} locale - BCP 47; else the nearest ancestor `lang`, else the document's; `en`.
 * @attr {string} currency - ISO 4217 code. Default `USD`.
 * @attr {string} amounts - Presets, passed to `<support-amounts>`.
 * @attr {string} frequencies - Offered frequencies, passed to `<support-amounts>`.
 * @attr {'monthly' | 'one-off' | 'annual'} frequency - Selected frequency, passed to `<support-amounts>`.
 * @attr {number} default-amount - Pre-selected amount, passed to `<support-amounts>`.
 * @attr {number} min-amount - Lowest custom amount, passed to `<support-amounts>`.
 * @attr {number} max-amount - Highest custom amount, passed to `<support-amounts>`.
 * @attr {boolean} custom-amount - Offer "Other amount", passed to `<support-amounts>`.
 * @attr {string} checkout-url - URL template with `{amount}` `{currency}` `{frequency}`
 *   `{campaign}` `{locale}`; only http(s) or relative URLs are ever rendered.
 * @attr {number | string} snooze-days - Snooze length in days; a list (`1,7,30`) backs off. Default 7.
 * @attr {boolean} dismissible - Show a close button.
 * @attr {number} dismiss-days - How long closing hides it. Default 30.
 * @attr {boolean} supporter - The reader supports already: never shown.
 * @attr {number} max-views - At most this many impressions per window.
 * @attr {number} view-window-days - The window of `max-views`. Default 30.
 * @attr {number} min-articles - Show only to readers who read at least this many articles
 *   (counted on their device) in `articles-days`; else `reason: 'few-articles'`. Counting off
 *   or unknown counts as met. This page's own read counts from the next page.
 * @attr {number} articles-days - The window of `min-articles`, 1–400. Default 365.
 * @attr {'show' | 'hide'} no-storage - What to do when no storage works at all. Default `show`.
 * @attr {number} priority - Rank under the site's `support-kit:max-shown` meta: an integer from
 *   -1000 to 1000 (clamped), higher first, then document order; the site's
 *   `support-kit:campaigns` order ranks first. Read when it connects. Default 0.
 * @attr {number} heading-level - ARIA level of the heading, 1–6. Default 2.
 * @attr {string} close-label - Accessible name of the close button. Default "Close".
 * @attr {string} minimize-label - Label of the banner's minimize toggle (one label for both
 *   states). Default "Minimize".
 * @attr {'pending' | 'shown' | 'suppressed'} state - Reflected, read-only: set by the element.
 */
export class SupportAppeal extends LitElement {
  static override styles = [inheritedText, quietButtonStyles, appealStyles];

  // Declared statically rather than with decorators: the bundle then carries no decorator
  // helpers, and the manifest analyzer reads these literals as it read the decorators.
  // `useDefault`: a default is not written back as an attribute (sites set attributes; the
  // first render would otherwise set every one of them again), and removing an attribute
  // restores the default.
  static override properties: PropertyDeclarations = {
    campaign: { reflect: true, useDefault: true },
    org: { reflect: true, useDefault: true },
    variant: { reflect: true, useDefault: true },
    locale: { reflect: true, useDefault: true },
    currency: { reflect: true, useDefault: true },
    amounts: { reflect: true, useDefault: true },
    frequencies: { reflect: true, useDefault: true },
    frequency: { reflect: true, useDefault: true },
    defaultAmount: { reflect: true, useDefault: true, attribute: 'default-amount' },
    minAmount: { reflect: true, useDefault: true, attribute: 'min-amount' },
    maxAmount: { reflect: true, useDefault: true, attribute: 'max-amount' },
    customAmount: { type: Boolean, reflect: true, useDefault: true, attribute: 'custom-amount' },
    checkoutUrl: { reflect: true, useDefault: true, attribute: 'checkout-url' },
    snoozeDays: { reflect: true, useDefault: true, attribute: 'snooze-days' },
    dismissible: { type: Boolean, reflect: true, useDefault: true },
    dismissDays: { reflect: true, useDefault: true, attribute: 'dismiss-days' },
    supporter: { type: Boolean, reflect: true, useDefault: true },
    maxViews: { reflect: true, useDefault: true, attribute: 'max-views' },
    viewWindowDays: { reflect: true, useDefault: true, attribute: 'view-window-days' },
    noStorage: { reflect: true, useDefault: true, attribute: 'no-storage' },
    priority: { reflect: true, useDefault: true },
    minArticles: { reflect: true, useDefault: true, attribute: 'min-articles' },
    articlesDays: { reflect: true, useDefault: true, attribute: 'articles-days' },
    headingLevel: { reflect: true, useDefault: true, attribute: 'heading-level' },
    closeLabel: { attribute: 'close-label' },
    minimizeLabel: { attribute: 'minimize-label' },
    store: { attribute: false },
    _state: { state: true, attribute: false },
  };

  campaign = 'default';
  org: string | null = null;
  variant: AppealVariant = 'inline';
  locale: string | null = null;
  currency: string | null = null;
  amounts: string | null = null;
  frequencies: string | null = null;
  frequency: Frequency | null = null;
  // Number properties take a number, or text as the attribute gives it (which is what they
  // hold when set from markup); both are read by the same parser, with the same warnings.
  defaultAmount: number | string | null = null;
  minAmount: number | string | null = null;
  maxAmount: number | string | null = null;
  customAmount = false;
  checkoutUrl: string | null = null;
  /** Days, or a back-off list of days as text: `7`, `'1,7,30'`. */
  snoozeDays: number | string | null = null;
  dismissible = false;
  dismissDays: number | string | null = null;
  supporter = false;
  maxViews: number | string | null = null;
  viewWindowDays: number | string | null = null;
  noStorage: 'show' | 'hide' | null = null;
  /** Rank under the site's `support-kit:max-shown`: an integer, higher first. Default 0. */
  priority: number | string | null = null;
  minArticles: number | string | null = null;
  articlesDays: number | string | null = null;
  headingLevel: number | string | null = null;
  closeLabel: string | null = null;
  minimizeLabel: string | null = null;

  /**
   * The store of the reader's state. Default: the page's shared store. Tests and unusual
   * pages pass their own (e.g. two stores standing for two tabs).
   */
  store: SnoozeStore | null = null;

  private _state: AppealState = 'pending';

  /** `pending` until the stored state is read, then `shown` or `suppressed`. */
  get state(): AppealState {
    return this._state;
  }

  /** Warns once per attribute and value, however often it is re-read. */
  #warn: Warn = consoleWarnerOnce('support-appeal');

  #locale = 'en';
  #variant: AppealVariant = 'inline';
  #reason: string | null = null;
  #headingLevel = 2;

  #impressions = new ImpressionController(this, {
    onView: () => {
      if (this._state === 'shown') void this.#stored.view();
    },
  });
  #choice = new ChoiceController(this, { locale: () => this.#locale, warn: this.#warn });
  #dialog = new DialogController(this, {
    closedByReader: () => {
      if (this._state === 'shown') void this.dismiss();
    },
  });
  #slots = new SlotContentController(this);
  #bannerSpace = new BannerSpaceController(this);
  #fit = new BannerFitController(this);
  #scrollHold = new ScrollHoldController(this);
  #collapse = new CollapseController(this);
  #policy = new PolicyController(this, {
    campaign: () => campaignId(this.campaign),
    priority: () => parsePriority(attributeText(this.priority), this.#warn),
    warn: this.#warn,
    show: () => this.#ranked('show'),
    outranked: () => this.#ranked('outranked'),
  });
  // Before #stored: it reads the templates as the appeal connects, before the first decision.
  #experiment = new ExperimentController(this, this.#warn, () => this.#policy.maxDays);
  #stored = new CampaignController(this, {
    campaign: () => campaignId(this.campaign),
    store: () => this.store,
    listed: () => this.#policy.listed(),
    display: () => this.#display(),
    readsReader: () => this.#articles() !== null,
    // A group's overrides are written to the properties, as markup would set them. One that
    // changes a display attribute (`snooze-days`, `max-views`, …) thereby restarts the read
    // that resolved it: `willUpdate` starts a new read, the first is dropped as outdated, and
    // the decision comes from the second, which finds the assignment stored (reads wait for
    // the write) and so the same group. One more read, once per page view; same decision.
    prepare: (record): boolean =>
      this.#experiment.resolve(
        record,
        (change): unknown => this.#stored.write(change),
        this.#stored.store.now(),
      ),
    decided: (read, live) => this.#decide(read, live),
    storageError: (detail) =>
      fire(this, new SupportStorageErrorEvent({ ...detail, campaign: campaignId(this.campaign) })),
    hide: (reason, until) => this.#suppress(reason, until, true),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._state === 'pending') this.setAttribute('state', 'pending');
    if (this.hasUpdated) {
      this.#stored.subscribe();
      void this.#stored.evaluate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#bannerSpace.release();
    this.#impressions.rearm();
    // Inserted again, it decides again (and announces itself again).
    this._state = 'pending';
    this.setAttribute('state', 'pending');
  }

  /** Hides it for the snooze length (`days`, else the next step of `snooze-days`). */
  snooze(days?: number): Promise<void> {
    return this.#stored.snooze(days === undefined ? days : Math.min(days, this.#policy.maxDays));
  }

  /** Hides it for `dismiss-days`, as the close button does. */
  dismiss(): Promise<void> {
    return this.#stored.dismiss();
  }

  /** Forgets this campaign's stored state (snoozes, dismissal, views) and decides again. */
  async reset(): Promise<void> {
    this.#stored.invalidate();
    await this.#stored.write(() => null);
    this.#impressions.rearm();
    await this.#stored.evaluate();
  }

  // ---- configuration --------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The locale may come from an ancestor's `lang`, which no property change announces:
    // resolve it on every update (memoized in core, so cheap) and re-parse when it moved.
    const locale = elementLocale(this, this.locale, this.#warn);
    const localeChanged = locale !== this.#locale || !this.hasUpdated;
    this.#locale = locale;
    if (changed.has('variant')) {
      const variant = (attributeText(this.variant) ?? '').trim().toLowerCase() as AppealVariant;
      if (APPEAL_VARIANTS.includes(variant)) {
        this.#variant = this.#policy.variant(variant, String(this.variant), this.#warn);
      } else {
        this.#variant = 'inline';
        this.#warn(
          'variant',
          String(this.variant),
          DEV ? 'use inline, banner or modal. Using "inline".' : '',
        );
      }
    }
    if (changed.has('headingLevel')) {
      this.#headingLevel = parseHeadingLevel(attributeText(this.headingLevel), this.#warn);
    }
    this.#choice.configure(changed, localeChanged);
    // Properties still at their defaults are not in `changed` on the first update.
    if (!this.hasUpdated || DISPLAY_KEYS.some((key) => changed.has(key)) || changed.has('store')) {
      this.#display(); // warn about bad values now, not on first click
      if (this.isConnected) {
        this.#stored.subscribe();
        void this.#stored.evaluate();
      }
    }
  }

  #display(): DisplayConfig {
    return parseDisplayConfig(
      {
        supporter: this.supporter,
        snoozeDays: attributeText(this.snoozeDays),
        dismissDays: attributeText(this.dismissDays),
        maxViews: attributeText(this.maxViews),
        viewWindowDays: attributeText(this.viewWindowDays),
        noStorage: attributeText(this.noStorage),
      },
      this.#warn,
      this.#policy.maxDays,
    );
  }

  #articles(): ArticleTarget | null {
    return parseArticleTarget(
      attributeText(this.minArticles),
      attributeText(this.articlesDays),
      this.#warn,
    );
  }

  // ---- the decision -------------------------------------------------------------------
  // The element gathers the inputs and applies core's `decideAppeal`; it decides nothing.

  /** The inputs of the decision last applied: the page's verdict is decided on them. */
  #inputs: AppealInputs | null = null;

  /** The store was read (null: the site does not run the campaign, nothing was read). */
  #decide(read: StoredRead | null, live: boolean): void {
    const inputs: AppealInputs = {
      // Nothing read: `policy` comes first, so these stand-ins are never looked at.
      ...(read ?? { record: null, reader: null, mode: 'persistent', now: 0 }),
      listed: read !== null,
      display: this.#display(),
      articles: this.#articles(),
      holdout: this.#experiment.group?.holdout === true,
    };
    const decision = decideAppeal(inputs);
    // A cap reached in another tab does not pull the appeal from under the reader.
    if (!decision.show && live && this._state === 'shown' && !hidesShownAppeal(decision.reason))
      return;
    this.#inputs = inputs;
    // Under the site's max-shown the page has a say: its verdict comes back through #ranked.
    this.#policy.decided(decision.show);
    if (!decision.show) this.#suppress(decision.reason, decision.until, false);
  }

  /** The page's verdict on an appeal that wants to show (always, without `max-shown`). */
  #ranked(ranking: 'show' | 'outranked'): void {
    // Verdicts come only after `#policy.decided(true)`, so the inputs are there.
    const decision = decideAppeal({ ...this.#inputs!, ranking });
    if (decision.show) this.#show();
    else this.#suppress(decision.reason, decision.until, false);
  }

  #show(): void {
    if (this._state === 'shown') return;
    this.#scrollHold.release();
    this.#setState('shown');
    this.#reason = null;
    this.#collapse.reset();
    fire(
      this,
      new SupportShowEvent({ campaign: campaignId(this.campaign), variant: this.#variant }),
    );
  }

  #suppress(reason: SuppressReason, until: number | null, byReader: boolean): void {
    if (this._state === 'suppressed' && this.#reason === reason) return;
    const wasShown = this._state === 'shown';
    // Focus is ours to move only when it was in the appeal (or lost by the reader's click).
    const hadFocus =
      wasShown && (this.#holdsFocus() || (byReader && deepActiveElement() === document.body));
    this.#reason = reason;
    if (wasShown) this.#scrollHold.before();
    this.#setState('suppressed');
    this.#impressions.stop();
    this.#bannerSpace.release();
    this.#fit.release();
    if (wasShown) {
      this.#scrollHold.after();
      this.#dialog.afterHide(hadFocus, this.#variant === 'modal');
    }
    fire(this, new SupportSuppressEvent({ campaign: campaignId(this.campaign), reason, until }));
  }

  /** Whether the focused element is in this appeal (its shadow tree or its light DOM). */
  #holdsFocus(): boolean {
    let node: Node | null = deepActiveElement();
    while (node) {
      if (node === this) return true;
      node = composedParent(node);
    }
    return false;
  }

  #setState(next: AppealState): void {
    this._state = next;
    this.setAttribute('state', next);
  }

  // ---- rendering ----------------------------------------------------------------------

  protected override render() {
    if (this._state !== 'shown') return nothing;
    return appealTemplate({
      variant: this.#variant,
      locale: this.#locale,
      messages: appealMessages(this.#locale),
      org: this.org,
      headingLevel: this.#headingLevel,
      dismissible: this.dismissible,
      closeLabel: this.closeLabel,
      minimizeLabel: this.minimizeLabel,
      collapsed: this.#collapse.collapsed,
      filled: (name) => this.#slots.has(name),
      scrollsAsOne: this.#fit.scrollsAsOne,
      config: this.#choice.config,
      choice: this.#choice.current(),
      checkoutUrl: this.#choice.url,
      amounts: this.#choice.render(),
      onClose: this.#onClose,
      onCheckout: this.#choice.checkout,
      onToggle: this.#collapse.toggle,
      onBannerKeydown: this.#collapse.onKeydown,
      onDialogClose: this.#dialog.onClose,
      onFocusIn: this.#onFocusIn,
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (this._state !== 'shown') return;
    const container = this.renderRoot.querySelector<HTMLElement>('.container');
    if (!container) return;
    if (this.#variant === 'banner') {
      this.#bannerSpace.reserve(container);
      this.#fit.observe(container);
    } else {
      this.#bannerSpace.release();
      this.#fit.release();
    }
    if (container instanceof HTMLDialogElement) {
      this.#dialog.open(container, this.renderRoot.querySelector<HTMLElement>('.heading'));
    }
    // Focus moving between its own controls stays inside <support-amounts> (the focusin
    // event stops at its shadow root): follow it there too.
    const amounts = container.querySelector('support-amounts')?.shadowRoot;
    amounts?.addEventListener('focusin', this.#onFocusIn as EventListener);
    if (changed.has('_state') || changed.has('variant')) this.#impressions.observe(container);
    this.#choice.updated(changed);
  }

  // ---- reader actions -----------------------------------------------------------------

  #onClose = () => {
    void this.dismiss();
  };

  #onFocusIn = (event: FocusEvent) => {
    const container = this.renderRoot.querySelector('.container');
    const target = event.composedPath()[0];
    if (container && target instanceof Element) {
      revealFocused(target, container, this.#variant === 'inline');
    }
  };
}
