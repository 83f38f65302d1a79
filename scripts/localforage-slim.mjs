// @ts-check
/**
 * The drop-in's localforage: localforage 1.10.0's own ES-module sources (the package's src/,
 * from which its UMD dist is built) instead of the UMD dist, which bundles the `lie` Promise
 * polyfill (every browser the kit targets has Promise) and the WebSQL driver (removed from
 * Chromium, never reached where IndexedDB works). The IndexedDB and localStorage drivers and
 * the whole LocalForage API are kept; only the drop-in is built this way — npm users of
 * @support-kit/core get `localforage` as their bundler resolves it. Saves ≈ 2.9 KB brotli.
 *
 * @type {import('esbuild').Plugin}
 */
export const localforageSlim = {
  name: 'localforage-slim',
  setup(build) {
    build.onResolve({ filter: /^localforage$/ }, (args) =>
      build.resolve('localforage/src/localforage.js', {
        kind: args.kind,
        resolveDir: args.resolveDir,
      }),
    );
    // Only behind `typeof Promise === 'undefined'`, which is never true here.
    build.onResolve({ filter: /^lie\/polyfill$/ }, () => ({ path: 'lie', namespace: 'slim' }));
    // An unsupported driver, with the methods localforage's compliance check asks for: it is
    // skipped as WebSQL is in every current browser.
    build.onResolve({ filter: /drivers\/websql$/ }, (args) =>
      /[\\/]localforage[\\/]src[\\/]/.test(args.importer)
        ? { path: 'websql', namespace: 'slim' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'slim' }, (args) => ({
      contents:
        args.path === 'websql'
          ? `const no = () => Promise.reject(new Error('WebSQL is not in this build'));
             export default { _driver: 'webSQLStorage', _support: false, _initStorage: no,
               clear: no, getItem: no, iterate: no, key: no, keys: no, length: no,
               removeItem: no, setItem: no };`
          : '',
      loader: 'js',
    }));
  },
};
