import { css } from 'lit';

export const remindLaterStyles = css`
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  button {
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid transparent;
    border-radius: var(--support-radius, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  button:hover {
    text-decoration-thickness: 2px;
  }

  button:focus-visible {
    outline: 2px solid var(--support-accent, #1d4ed8);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
