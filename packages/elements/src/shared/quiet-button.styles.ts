import { css } from 'lit';

/**
 * The look of the kit's secondary buttons (close, minimize, "Remind me later"): no fill, the
 * surrounding text's font and colour, a 44px target, and a border forced-colors mode can show.
 * Elements add padding, shape and focus ring of their own.
 */
export const quietButtonStyles = css`
  .quiet-button {
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    border: 1px solid transparent;
    border-radius: var(--support-radius, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .quiet-button {
      border-color: ButtonText;
    }
  }
`;
