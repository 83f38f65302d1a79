/**
 * Whether warnings carry their explanation: `<support-amounts>: ignoring amounts="2,x" — "x" is
 * not a number. Using 2.` rather than `<support-amounts>: ignoring amounts="2,x"`. Full
 * everywhere but in production builds. Core imports this module as `#dev` (package.json
 * "imports"): a bundler that resolves the `production` condition (Vite and webpack in their
 * production builds) gets dev.production.ts instead, and every `DEV ? 'explanation' : ''`
 * minifies to ''. The drop-in's esbuild build defines `__SUPPORT_KIT_DEV__`
 * (scripts/dropin-options.mjs): false for support-kit.js, true for support-kit.dev.js.
 */
declare const __SUPPORT_KIT_DEV__: boolean | undefined;
export const DEV: boolean = typeof __SUPPORT_KIT_DEV__ === 'boolean' ? __SUPPORT_KIT_DEV__ : true;
