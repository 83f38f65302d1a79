import { css } from 'lit';
import { defaultColours } from '../shared/default-colours.styles.js';

export const styles = css`
  ${defaultColours}
  :host {
    display: block;
    font-family: var(--support-font, inherit);
    color: var(--support-text, inherit);
    --_surface: var(--support-surface, transparent);
    --_radius: var(--support-radius, 0.5rem);
    --_gap: var(--support-gap, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }

  .root {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
    min-inline-size: 0;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_gap);
    font-weight: 600;
  }

  .visually-hidden,
  :host([hide-legend]) .amount-legend {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }

  /* An option is a native radio stretched over its visible face: the whole face is the
     target (at least 44 px high), and the radio keeps the native keyboard behaviour. */
  /* A long label at large text on a phone breaks rather than run past the appeal. */
  .option,
  .face {
    max-inline-size: 100%;
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    appearance: none;
    -webkit-appearance: none;
    background: transparent;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
    z-index: 1;
  }
  .option input:disabled {
    cursor: not-allowed;
  }
  .face {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 4rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    /* The checked face gets a 3 px border; keep the outer size the same. */
    box-shadow: inset 0 0 0 0 var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    white-space: nowrap;
    transition:
      background-color 120ms ease,
      color 120ms ease,
      box-shadow 120ms ease;
  }
  .option input:hover + .face {
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* Checked: filled, bold and a thicker border, so it is not told by colour alone. */
  .option input:checked + .face {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    box-shadow: inset 0 0 0 2px var(--_on-accent);
  }
  .option input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .option input:disabled + .face {
    opacity: 0.55;
  }

  .frequencies .options {
    gap: 0;
  }
  .frequencies .face {
    min-inline-size: 0;
    border-radius: 0;
    margin-inline-start: -1px;
  }
  .frequencies .option:first-child .face {
    margin-inline-start: 0;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .frequencies .option:last-child .face {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  .custom {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    margin-block-start: var(--_gap);
  }
  .field {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    box-sizing: border-box;
    max-inline-size: 14rem;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .field.invalid {
    border: 2px solid var(--_error);
  }
  .field.invalid input {
    margin-block: -2px;
  }
  /* The input itself is the 44 px target: it reaches over the field's border (transparent). */
  .field input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 44px;
    margin-block: -1px;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    outline: none;
  }
  /* The live region stays rendered while empty (screen readers then hear its first message).
     With "Other amount" the message can appear as the input loses focus, at the press on a
     button below: a line kept for it means the button does not move and the click lands. */
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  :host([custom-amount]) .error {
    min-block-size: 1.5em;
    min-block-size: 1lh;
  }

  @media (prefers-reduced-motion: reduce) {
    .face {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .option input:checked + .face {
      outline: 3px solid CanvasText;
      outline-offset: -5px;
    }
  }
`;
