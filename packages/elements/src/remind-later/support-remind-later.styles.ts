import { css } from 'lit';

export const remindLaterStyles = css`
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
    outline: 2px solid var(--support-accent, #1d4ed8);
    outline-offset: 2px;
  }
`;
