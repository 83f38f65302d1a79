import { sharedStore, type SnoozeStore } from '@support-kit/core';

/** The store an element was given (tests, a site's own), else the page's shared one. */
export const storeOr = (own: SnoozeStore | null | undefined): SnoozeStore => own ?? sharedStore();
