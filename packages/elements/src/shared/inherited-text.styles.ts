import { css } from 'lit';

/**
 * Text properties a page sets for its own layout and every element inherits: Vite's starter
 * centres `body`, articles indent or justify paragraphs, sections set uppercase or spaced
 * letters, `white-space: pre` blocks. Set on each element's host, they would centre the
 * appeal's heading and message while its controls stay left. The site's font (family, size,
 * weight, style) and colour still inherit; a rule on the element itself still wins.
 */
export const inheritedText = css`
  :host {
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    line-height: 1.5;
  }
`;
