// The drop-in: one module that defines every support-kit element. Built to
// dist/support-kit.js with Lit and localforage inlined, for <script type="module">.
//
// Loading it twice, or next to another copy (say, an npm-bundled one), must never throw: each
// define file registers its tag only while the name is free, and this module warns when the
// copy that got there first is of another version.
import '@support-kit/elements/support-amounts.js';
import '@support-kit/elements/support-remind-later.js';
import '@support-kit/elements/support-appeal.js';
import '@support-kit/elements/support-article-count.js';
import '@support-kit/elements/support-privacy.js';

export * from '@support-kit/elements';
// The reader's controls, for a site's own buttons: the same effect as <support-privacy>'s.
export { forgetAll, setCounting } from '@support-kit/core';

// This package's package.json version, put in at build time by esbuild's or Vite's `define`
// (scripts/dropin-options.mjs; web-test-runner.config.mjs for the tests that load this
// source). A build that does not define it gets '0.0.0-dev', never a stale number.
declare const __SUPPORT_KIT_VERSION__: string | undefined;
export const VERSION: string =
  typeof __SUPPORT_KIT_VERSION__ === 'string' ? __SUPPORT_KIT_VERSION__ : '0.0.0-dev';

const versionKey = Symbol.for('support-kit.version');
const registry = globalThis as typeof globalThis & { [versionKey]?: string };
const loaded = registry[versionKey];
if (loaded === undefined) {
  registry[versionKey] = VERSION;
} else if (loaded !== VERSION) {
  console.warn(
    `support-kit: version ${VERSION} loaded on a page that already has ${loaded}; the elements of ${loaded} stay in use.`,
  );
}
