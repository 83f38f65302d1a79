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
    /* A third of the viewport at most (dvh: the visible part, with mobile browser bars), but
       never less than three lines of text and its padding (400 % zoom: 256 px high). */
    display: flex;
    flex-direction: column;
    max-block-size: max(33vh, 4.5em + 2rem);
    max-block-size: max(33dvh, 4.5em + 2rem);
    /* Too short for the message box (zoomed text): all of it scrolls, see .whole below. */
    overflow-y: auto;
    scroll-padding-block: 0.5rem;
    padding: calc(var(--_gap) * 0.75) var(--_gap);
    border-block-start: 4px solid var(--_accent);
    background: var(--support-surface, Canvas);
    color: var(--support-text, CanvasText);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 0.2);
  }

  .banner .inner {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 0;
    max-inline-size: 48rem;
    margin-inline: auto;
    background: inherit;
  }

  /* The message and amounts scroll; the actions below them stay in view. */
  .banner .content {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }

  .banner .content > * {
    flex: none;
  }

  /* Room inside the scrolling box for the focus rings of the controls at its edges (the
     negative margin keeps the layout as it was). Positioned: the visually hidden text inside
     (position: absolute) scrolls and is clipped with it, not overflowing the banner. */
  .banner .content > .scroll {
    position: relative;
    flex: 0 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    margin: -0.5rem;
    padding: 0.5rem;
  }

  .banner .actions {
    margin-block-start: 0.5rem;
  }

  /* Too short to show three lines of the message between the bar and the actions: the banner
     scrolls as one region (a tab stop, see templates.ts), everything at its own height. */
  .banner.whole .inner,
  .banner.whole .content > .scroll {
    flex: none;
    overflow: visible;
  }

  .banner:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -4px;
  }

  /*
   * Within the viewport: heading and close at the top, the message scrolls in between, the
   * amounts and actions stay at the bottom. When the viewport is too short even for those
   * (zoomed text), the dialog itself scrolls instead (see the media query below).
   */
  .modal {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    max-block-size: calc(100dvh - 2rem);
    overflow-y: auto;
    scroll-padding-block: 0.5rem;
    padding: calc(var(--_gap) * 1.5);
    border: 0;
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--support-surface, Canvas);
    color: var(--support-text, CanvasText);
  }

  .modal[open] {
    display: flex;
    flex-direction: column;
  }

  .modal > *,
  .modal .scroll > * {
    flex: none;
  }

  .modal .scroll {
    display: contents;
  }

  .modal > .bar {
    margin-block-end: 0.5rem;
  }

  /* At least three lines of the message (line height 1.5); when even that leaves no room for
     the rest, the dialog scrolls as a whole. */
  .modal .body {
    flex: 1 1 auto;
    min-block-size: 4.5em;
    overflow-y: auto;
  }

  .modal .body:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (max-height: 30em) {
    .modal .body {
      flex: none;
      min-block-size: auto;
      overflow-y: visible;
    }
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
    /* A long word of its label at large text breaks rather than run past the appeal. */
    max-inline-size: 100%;
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

  /* The label is one flex item that wraps as a line of text: without this, each run of the
     fallback label (text, the isolated amount) would be an item of its own, kept on one line. */
  .cta > slot {
    display: block;
    min-inline-size: 0;
    text-align: center;
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

  .bar .close {
    position: static;
    flex: none;
  }

  .bar {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  /* Large text on a narrow screen: the heading takes a line of its own, the buttons the next
     (at their end), rather than squeezing every word of their labels onto lines of their own. */
  .bar {
    flex-wrap: wrap;
  }

  .bar .heading {
    flex: 1 1 7em;
    margin: 0;
    padding: 0;
  }

  .bar .heading + * {
    margin-inline-start: auto;
  }

  /* Too narrow for the heading, the labelled toggle and close on one line (large text on a
     phone): the toggle shows only its chevron (its label stays its name), and both buttons sit
     in the heading's first line, the rest of the heading running under them, so the first
     screen reaches the message. */
  .banner .bar {
    position: relative;
    container-type: inline-size;
  }

  @container (max-width: 15em) {
    .bar .heading {
      flex-basis: 100%;
      min-block-size: 44px;
      line-height: 1.2;
    }

    .bar .heading::before {
      content: '';
      float: inline-end;
      inline-size: calc(88px + 0.5rem);
      block-size: 1.2em;
    }

    .bar .toggle,
    .bar .close {
      position: absolute;
      inset-block-start: 0;
      inset-inline-end: 0;
      padding: 0;
    }

    .bar .toggle:not(:last-child) {
      inset-inline-end: calc(44px + 0.5rem);
    }

    .toggle .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .toggle .chevron {
      margin: 0;
    }

    .bar .close {
      font-size: 1.25em;
    }
  }

  .banner .content {
    margin-block-start: 0.5rem;
  }

  .banner .amounts {
    margin-block: 0.5rem 0;
  }

  /* Phones: a third of the height holds the bar, the two actions and a few lines of message. */
  @media (max-width: 30em) {
    .banner {
      padding: 0.5rem 0.75rem;
    }

    .banner .heading {
      font-size: 1em;
    }

    .banner .actions {
      row-gap: 0.25rem;
    }

    .modal {
      padding: var(--_gap);
    }
  }

  .toggle {
    text-decoration: underline;
  }

  /* The state, seen: points down while expanded (minimizes), up while minimized. */
  .chevron {
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: 0.4em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }

  [aria-expanded='false'] .chevron {
    transform: translateY(25%) rotate(-135deg);
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
