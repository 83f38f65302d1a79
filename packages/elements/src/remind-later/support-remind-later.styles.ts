import { css } from 'lit';
import { defaultColours } from '../shared/default-colours.styles.js';

export const remindLaterStyles = css`
  ${defaultColours}
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  /* The rest of its look: quietButtonStyles. */
  button {
    padding: 0.5em 0.75em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  button:hover {
    text-decoration-thickness: 2px;
  }

  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
