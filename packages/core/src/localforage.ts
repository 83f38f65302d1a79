/**
 * localforage, as the snooze store uses it (IndexedDB only). Here, the package itself, for the
 * tests, Storybook and the drop-in, which bundle the source (the drop-in through
 * scripts/localforage-slim.mjs). `npm run build` replaces the compiled dist/localforage.js with
 * the same slimmed build (scripts/build-localforage.mjs): localforage's ES sources without the
 * WebSQL and localStorage drivers and the Promise polyfill, none of which the store can use,
 * so that a site bundling @support-kit/core with any bundler ships what the drop-in ships.
 */
export { default } from 'localforage';
