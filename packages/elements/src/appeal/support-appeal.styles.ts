import { css } from 'lit';
import { defaultColours } from '../shared/default-colours.styles.js';

/**
 * Defaults inherit the page: font, text colour and background come from the site unless a
 * `--support-*` property says otherwise. Banner and modal need an opaque surface, so they fall
 * back to the system colours `Canvas` / `CanvasText` (right in light and dark schemes).
 */
export const appealStyles = css`
  ${defaultColours}
  :host {
    display: block;
    font-family: var(--support-font, inherit);
    color: var(--support-text, inherit);
    --_radius: var(--support-radius, 4px);
    --_gap: var(--support-gap, 1rem);
  }

  /* Pending and suppressed appeals take no space and paint nothing. */
  :host(:not([state='shown']):not([holding-space])),
  :host([hidden]) {
    display: none !important;
  }

  /* Just hidden near the end of the page: an empty box keeps what is above from moving. */
  :host([holding-space]:not([state='shown'])) {
    display: block !important;
    block-size: var(--_holding-space, 0);
    visibility: hidden;
  }

  :host([holding-space]:not([state='shown'])) .container {
    display: none !important;
  }

  .container {
    box-sizing: border-box;
    position: relative;
    color: var(--support-text, inherit);
    font-family: var(--support-font, inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  .inline {
    margin-block: calc(var(--_gap) * 2);
    padding: var(--_gap);
    border-block-start: 4px solid var(--_accent);
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--support-surface, transparent);
  }

  .banner {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: var(--support-z-index, 2147483000);
    max-block-size: min(70vh, 40rem);
    overflow-y: auto;
    padding: var(--_gap);
    border-block-start: 4px solid var(--_accent);
    background: var(--support-surface, Canvas);
    color: var(--support-text, CanvasText);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 0.2);
  }

  .banner .inner {
    max-inline-size: 48rem;
    margin-inline: auto;
  }

  .modal {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_gap) * 1.5);
    border: 0;
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--support-surface, Canvas);
    color: var(--support-text, CanvasText);
  }

  .modal::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  .heading {
    margin: 0 0 0.5em;
    padding-inline-end: 2.75rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .body ::slotted(p),
  .body p {
    margin-block: 0 0.75em;
  }

  .amounts {
    display: block;
    margin-block: var(--_gap);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: var(--_gap);
  }

  .cta {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }

  .cta:hover {
    text-decoration: underline;
  }

  .cta:focus-visible,
  .close:focus-visible,
  .toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
  }

  .cta[aria-disabled='true'] {
    opacity: 0.75;
    cursor: not-allowed;
  }

  /* The rest of their look: quietButtonStyles. */
  .close,
  .toggle {
    padding: 0.25em 0.5em;
  }

  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    font-size: 1.5em;
    line-height: 1;
  }

  .banner .close {
    position: static;
  }

  .bar {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .bar .heading {
    flex: 1;
    margin: 0;
    padding: 0;
  }

  .banner .content {
    margin-block-start: 0.5rem;
  }

  .toggle {
    text-decoration: underline;
  }

  .footer {
    margin-block-start: var(--_gap);
    font-size: 0.875em;
  }

  [hidden] {
    display: none !important;
  }

  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: support-slide-in 200ms ease-out;
    }

    .modal[open] {
      animation: support-rise 150ms ease-out;
    }
  }

  @keyframes support-slide-in {
    from {
      transform: translateY(100%);
    }
  }

  /* Movement only, never opacity: text is readable (and measurable) from the first frame. */
  @keyframes support-rise {
    from {
      transform: translateY(1rem);
    }
  }

  @media (forced-colors: active) {
    .cta {
      border-color: ButtonText;
    }
  }
`;
