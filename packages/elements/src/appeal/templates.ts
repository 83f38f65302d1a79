// The appeal's markup as pure template functions: everything they show and every handler
// they bind comes in through `AppealView`, which SupportAppeal builds on each render.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatAmount, localeDirection, startingFrom, type AmountConfig } from '@support-kit/core';
import { UNFILLED } from '../shared/slot-content.js';
import { ownLanguage, textIn } from '../shared/text-language.js';
import type { Choice } from './choice-controller.js';
import type { AppealMessages } from './messages.js';

export type AppealVariant = 'inline' | 'banner' | 'modal';

/** What the templates read from the appeal and its controllers. */
export interface AppealView {
  variant: AppealVariant;
  locale: string;
  messages: AppealMessages;
  org: string | null;
  headingLevel: number;
  dismissible: boolean;
  closeLabel: string | null;
  minimizeLabel: string | null;
  /** The banner's content is minimized. */
  collapsed: boolean;
  /** Whether the site's markup fills slot `name` (`''`: the default slot); see slot-content.ts. */
  filled: (name: string) => boolean;
  /** The banner is too short for its message box: all of it scrolls as one region. */
  scrollsAsOne: boolean;
  /** The amount config, the reader's choice and its checkout link (ChoiceController). */
  config: AmountConfig;
  choice: Choice;
  checkoutUrl: string | null;
  /** The inner `<support-amounts>` (ChoiceController.render). */
  amounts: TemplateResult;
  onClose: () => void;
  onCheckout: (event: MouseEvent) => void;
  onToggle: () => void;
  onBannerKeydown: (event: KeyboardEvent) => void;
  onDialogClose: () => void;
  /** A control inside it got focus: scroll it fully into view. */
  onFocusIn: (event: FocusEvent) => void;
}

/**
 * Slot `name` with the kit's content as its fallback. Under its own name only when the site's
 * markup fills it: whitespace and comments do not (see slot-content.ts).
 */
function slot(view: AppealView, name: string, fallback: unknown) {
  return html`<slot name=${view.filled(name) ? name : UNFILLED}>${fallback}</slot>`;
}

/** The shown appeal: its container for the variant, with heading, content and close. */
export function appealTemplate(view: AppealView): TemplateResult {
  // The container speaks the requested locale (the site's slotted copy is in it); the kit's
  // own strings carry their language where it differs (see text()).
  const { messages } = view;
  const dir = localeDirection(view.locale);
  const labelledby = 'heading';
  switch (view.variant) {
    // The content is a group, so the toggle's aria-controls target stays in Chromium's
    // accessibility tree; the toggle keeps one label, and aria-expanded tells its state.
    case 'banner':
      // Scrolling as one, it is a tab stop: keyboard readers scroll it (Safari does not make
      // scrollers focusable).
      return html`<section
        part="container"
        class=${view.scrollsAsOne ? 'container banner whole' : 'container banner'}
        aria-labelledby=${labelledby}
        lang=${view.locale}
        dir=${dir}
        tabindex=${view.scrollsAsOne ? '0' : nothing}
        @keydown=${view.onBannerKeydown}
        @focusin=${view.onFocusIn}
      >
        <div class="inner">
          <div class="bar">
            ${heading(view)}
            <button
              part="toggle"
              class="toggle quiet-button"
              type="button"
              aria-expanded=${view.collapsed ? 'false' : 'true'}
              aria-controls="content"
              @click=${view.onToggle}
            >
              <span class="label">${view.minimizeLabel ?? text(view, messages.minimize)}</span
              ><span class="chevron" aria-hidden="true"></span>
            </button>
            ${view.dismissible ? closeButton(view) : nothing}
          </div>
          <div
            class="content"
            id="content"
            role="group"
            aria-labelledby=${labelledby}
            ?hidden=${view.collapsed}
          >
            ${content(view)}
          </div>
        </div>
      </section>`;
    case 'modal':
      return html`<dialog
        part="container"
        class="container modal"
        aria-labelledby=${labelledby}
        lang=${view.locale}
        dir=${dir}
        @close=${view.onDialogClose}
        @focusin=${view.onFocusIn}
      >
        <div class="bar">${heading(view)} ${closeButton(view)}</div>
        ${content(view)}
      </dialog>`;
    default:
      return html`<section
        part="container"
        class="container inline"
        aria-labelledby=${labelledby}
        lang=${view.locale}
        dir=${dir}
        @focusin=${view.onFocusIn}
      >
        ${heading(view)} ${content(view)} ${view.dismissible ? closeButton(view) : nothing}
      </section>`;
  }
}

/** The kit's own text, marked with its language where it differs from the locale's. */
function text(view: AppealView, value: string | TemplateResult) {
  return textIn(value, view.messages.lang, view.locale);
}

function heading(view: AppealView) {
  const label = text(view, view.messages.heading(view.org));
  return html`<div
    part="heading"
    class="heading"
    id="heading"
    role="heading"
    aria-level=${view.headingLevel}
    tabindex="-1"
  >
    ${slot(view, 'heading', label)}
  </div>`;
}

function content(view: AppealView) {
  const { config, messages, locale } = view;
  const monthly = config.frequencies.includes('monthly');
  const from = formatAmount(
    startingFrom(config, monthly ? 'monthly' : config.frequency),
    config.currency,
    locale,
  );
  const own = ownLanguage(messages.lang, locale);
  const paragraph = (value: unknown) =>
    html`<p lang=${ifDefined(own?.lang)} dir=${ifDefined(own?.dir)}>${value}</p>`;
  // In the modal the message scrolls on its own: a tab stop lets keyboard readers scroll it
  // (Safari does not make scrollers focusable), named by the heading.
  const scrolls = view.variant === 'modal';
  // The message and amounts in one box: the banner scrolls it and keeps the actions below.
  return html`<div class="scroll">
      <div
        part="body"
        class="body"
        tabindex=${scrolls ? '0' : nothing}
        role=${scrolls ? 'region' : nothing}
        aria-labelledby=${scrolls ? 'heading' : nothing}
      >
        ${slot(view, '', messages.body(from, monthly, locale).map(paragraph))}
      </div>
      ${view.amounts}
    </div>
    <div class="actions">
      ${cta(view)}
      <support-remind-later
        part="remind-later"
        exportparts="button: remind-later-button"
        locale=${locale}
        >${slot(view, 'remind-later', text(view, messages.remindLater))}</support-remind-later
      >
    </div>
    <div part="footer" class="footer" ?hidden=${!view.filled('footer')}>
      <slot name="footer"></slot>
    </div>`;
}

function cta(view: AppealView) {
  const { choice, checkoutUrl: url, locale } = view;
  const amount =
    choice.amount === null ? null : formatAmount(choice.amount, view.config.currency, locale);
  const ctaText = view.messages.cta(amount, choice.frequency, locale);
  const label = slot(view, 'cta', text(view, ctaText));
  if (url && choice.amount !== null) {
    return html`<a part="cta" class="cta" href=${url} @click=${view.onCheckout}>${label}</a>`;
  }
  return html`<button
    part="cta"
    class="cta"
    type="button"
    aria-disabled=${choice.amount === null ? 'true' : 'false'}
    @click=${view.onCheckout}
  >
    ${label}
  </button>`;
}

function closeButton(view: AppealView) {
  // Its name is the site's close-label (in the locale), or the kit's, in the kit's language.
  const own = view.closeLabel === null ? ownLanguage(view.messages.lang, view.locale) : null;
  return html`<button
    part="close"
    class="close quiet-button"
    type="button"
    lang=${ifDefined(own?.lang)}
    dir=${ifDefined(own?.dir)}
    aria-label=${view.closeLabel ?? view.messages.close}
    @click=${view.onClose}
  >
    <span aria-hidden="true">×</span>
  </button>`;
}
