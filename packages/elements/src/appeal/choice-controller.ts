import { html, type PropertyValues, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  buildCheckoutUrl,
  parseAmountConfig,
  refusedCheckoutOrigin,
  silentWarner,
  type AmountConfig,
  type Frequency,
  type Warn,
} from '@support-kit/core';
import { SupportCheckoutEvent, type AmountChoice } from '../events/SupportEvents.js';
import { attributeText, campaignId } from '../shared/attribute-text.js';
import { fire } from '../shared/fire.js';
import { sitePolicy } from '../shared/site-policy.js';
import { pageAddress } from '../shared/page.js';

/** Attributes passed to `<support-amounts>`: when they change, its value may change. */
export const FORWARDED_KEYS = [
  'amounts',
  'frequencies',
  'frequency',
  'defaultAmount',
  'minAmount',
  'maxAmount',
  'customAmount',
  'currency',
  'locale',
  'variant',
] as const;

/** The amount and frequency the reader has chosen (`amount` null: none, or an invalid one). */
export interface Choice {
  amount: number | null;
  frequency: Frequency;
}

/** What the controller reads from its element: the attributes it forwards and the link's. */
export interface ChoiceHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  campaign: string;
  amounts: string | null;
  frequencies: string | null;
  frequency: string | null;
  defaultAmount: number | string | null;
  minAmount: number | string | null;
  maxAmount: number | string | null;
  customAmount: boolean;
  currency: string | null;
  checkoutUrl: string | null;
}

/** What the appeal reads from its `<support-amounts>` (structural: no import of its class). */
interface AmountsLike extends HTMLElement {
  value?: number | null;
  frequency?: Frequency;
  updateComplete?: Promise<unknown>;
}

/**
 * The appeal's amount choice: parses the amount attributes it forwards to its
 * `<support-amounts>` (which warns about them, naming the appeal), follows the reader's choice,
 * fills in `checkout-url` for it, and fires `support-checkout` when the reader chooses to give.
 * It has no lifecycle of its own: the appeal calls `configure` from `willUpdate` (with the
 * changed properties, which Lit gives controllers no view of) and `updated` from `updated`.
 */
export class ChoiceController {
  #config!: AmountConfig;
  #url: string | null = null;
  /** The address `#url` was resolved against when it rendered; a click resolves against it too. */
  #urlBase: string | null = null;
  #choice: Choice | null = null;
  #choiceChanged = false;

  constructor(
    private readonly host: ChoiceHost,
    private readonly options: { locale(): string; warn: Warn },
  ) {}

  /** The parsed amount attributes (after the first `configure`). */
  get config(): AmountConfig {
    return this.#config;
  }

  /** The filled-in `checkout-url` of the current choice, or null. */
  get url(): string | null {
    return this.#url;
  }

  /**
   * Re-parses when the locale or a forwarded attribute changed, and fills in the link again
   * when the choice, the template or the campaign changed. Only attribute changes re-parse: a
   * reader's choice or a state change must not pay for parsing the amounts again.
   */
  configure(changed: PropertyValues, localeChanged: boolean): void {
    const amountsChanged = localeChanged || FORWARDED_KEYS.some((key) => changed.has(key));
    if (amountsChanged) {
      const host = this.host;
      this.#config = parseAmountConfig(
        {
          amounts: host.amounts,
          frequencies: host.frequencies,
          frequency: host.frequency,
          defaultAmount: attributeText(host.defaultAmount),
          minAmount: attributeText(host.minAmount),
          maxAmount: attributeText(host.maxAmount),
          currency: host.currency,
          locale: this.options.locale(),
        },
        silentWarner, // its <support-amounts> reports these attributes, naming this appeal
      );
    }
    if (
      amountsChanged ||
      changed.has('checkoutUrl') ||
      changed.has('campaign') ||
      this.#choiceChanged
    ) {
      this.#urlBase = pageAddress();
      this.#url = this.urlFor(this.current());
    }
    this.#choiceChanged = false;
  }

  /** The reader's choice, else the default of the selected frequency. */
  current(): Choice {
    const config = this.#config;
    return (
      this.#choice ?? {
        amount: config.defaultAmount[config.frequency],
        frequency: config.frequency,
      }
    );
  }

  /**
   * The filled-in `checkout-url` for a choice, or null (no template, or refused). Relative
   * templates resolve against the page's address as it was when the link rendered, never
   * against `document.baseURI`: a `<base>` injected later must not change where a click goes.
   */
  urlFor(choice: Choice): string | null {
    const template = this.host.checkoutUrl;
    if (!template) return null;
    const base = this.#urlBase ?? pageAddress();
    const url = buildCheckoutUrl(
      template,
      {
        amount: choice.amount ?? this.#config.defaultAmount[choice.frequency],
        currency: this.#config.currency,
        frequency: choice.frequency,
        campaign: campaignId(this.host.campaign),
        locale: this.options.locale(),
      },
      base,
      this.options.warn,
    );
    // The site's support-kit:checkout-origins: markup cannot send readers anywhere else.
    const refused = url && refusedCheckoutOrigin(url, sitePolicy(), new URL(base).origin);
    if (!refused) return url;
    this.options.warn(
      'checkout-url',
      template,
      `${refused} is not in the site's support-kit:checkout-origins. No link: the call to action is a plain button.`,
    );
    return null;
  }

  /** The inner `<support-amounts>`, given the forwarded attributes. */
  render() {
    const host = this.host;
    return html`<support-amounts
      part="amounts"
      class="amounts"
      amounts=${ifDefined(host.amounts ?? undefined)}
      frequencies=${ifDefined(host.frequencies ?? undefined)}
      frequency=${ifDefined(host.frequency ?? undefined)}
      default-amount=${ifDefined(host.defaultAmount ?? undefined)}
      min-amount=${ifDefined(host.minAmount ?? undefined)}
      max-amount=${ifDefined(host.maxAmount ?? undefined)}
      ?custom-amount=${host.customAmount}
      currency=${ifDefined(host.currency ?? undefined)}
      locale=${this.options.locale()}
      @support-amount-change=${this.#onAmountChange}
    ></support-amounts>`;
  }

  /**
   * After an update of the shown appeal: follows its `<support-amounts>` when a forwarded
   * attribute changed or the appeal's `_state` did (it was just shown, with a new one).
   */
  updated(changed: PropertyValues): void {
    if (FORWARDED_KEYS.some((key) => changed.has(key)) || changed.has('_state')) {
      void this.#sync();
    }
  }

  /** Reads the amount and frequency the inner `<support-amounts>` holds. */
  async #sync(): Promise<void> {
    const amounts = this.host.renderRoot.querySelector<AmountsLike>('support-amounts');
    if (!amounts) return;
    await amounts.updateComplete;
    if (amounts.value === undefined || amounts.frequency === undefined) return;
    // Usually it holds the default this appeal derived from the same attributes: then there
    // is nothing to render again.
    const now = this.current();
    if (now.amount !== amounts.value || now.frequency !== amounts.frequency) {
      this.#set({ amount: amounts.value, frequency: amounts.frequency });
    }
  }

  #set(choice: Choice): void {
    this.#choice = choice;
    this.#choiceChanged = true;
    this.host.requestUpdate();
  }

  #onAmountChange = (event: Event) => {
    const detail = (event as Event & { detail?: AmountChoice }).detail;
    if (!detail) return;
    this.#set({ amount: detail.amount, frequency: detail.frequency });
  };

  /** The call to action was clicked: `support-checkout`, or focus on the amounts if none. */
  checkout = (event: MouseEvent) => {
    const choice = this.current();
    if (choice.amount === null) {
      event.preventDefault();
      this.host.renderRoot.querySelector<HTMLElement>('support-amounts')?.focus();
      return;
    }
    // The link the browser follows is the one of the current choice, even mid-render.
    const url = this.urlFor(choice);
    const anchor = event.currentTarget;
    if (anchor instanceof HTMLAnchorElement && url && anchor.href !== url) anchor.href = url;
    const checkout = new SupportCheckoutEvent({
      amount: choice.amount,
      currency: this.#config.currency,
      frequency: choice.frequency,
      campaign: campaignId(this.host.campaign),
      url,
    });
    if (!fire(this.host, checkout)) event.preventDefault();
  };
}
