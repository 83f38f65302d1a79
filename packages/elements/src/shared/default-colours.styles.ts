import { css } from 'lit';

/**
 * The kit's default colours, readable on light and dark pages without the site setting
 * anything. `color-scheme` is inherited, so an element follows the page's, and `light-dark()`
 * picks the pair's colour for it. Engines without `light-dark()` keep the light colours.
 * A site's `--support-*` value always wins.
 *
 * WCAG AA on white and on #121212: accent 6.7:1 and 3.9:1 (focus rings, option borders: 3:1),
 * white text on the accent 6.7:1 and 4.8:1 (so `--support-on-accent` needs no dark value),
 * error text 6.5:1 and 8.2:1 (4.5:1).
 */
export const defaultColours = css`
  :host {
    --_accent: var(--support-accent, #1d4ed8);
    --_on-accent: var(--support-on-accent, #fff);
    --_error: var(--support-error, #b3261e);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--support-accent, light-dark(#1d4ed8, #2d6ae8));
      --_error: var(--support-error, light-dark(#b3261e, #ff8a80));
    }
  }
`;
