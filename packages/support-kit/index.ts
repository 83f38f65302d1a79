// The drop-in: importing this module defines every support-kit element (once, even when
// loaded twice). Built to dist/support-kit.js with Lit and localforage inlined.
export * from '@support-kit/elements';
