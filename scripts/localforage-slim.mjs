// @ts-check
/** @param {string} driver @param {string} name */
const unsupportedDriver = (driver, name) => `
  const no = () => Promise.reject(new Error('${name} is not in this build'));
  export default { _driver: '${driver}', _support: false, _initStorage: no, clear: no,
    getItem: no, iterate: no, key: no, keys: no, length: no, removeItem: no, setItem: no };`;

/** @type {Record<string, string>} */
const SLIM_MODULES = {
  websql: unsupportedDriver('webSQLStorage', 'WebSQL'),
  localstorage: unsupportedDriver('localStorageWrapper', 'localStorage'),
  // Only handed out by getSerializer(), which the kit never calls.
  serializer: 'export default {};',
};

/**
 * The drop-in's localforage: localforage 1.10.0's own ES-module sources (the package's src/,
 * from which its UMD dist is built) instead of the UMD dist, which bundles the `lie` Promise
 * polyfill (every browser the kit targets has Promise), the WebSQL driver (removed from
 * Chromium, never reached where IndexedDB works) and the localStorage driver with its
 * serializer (the snooze store asks localforage for IndexedDB only, so neither can run; and
 * the driver would probe localStorage synchronously while the module loads). The IndexedDB
 * driver and the whole LocalForage API are kept; only the drop-in is built this way — npm
 * users of @support-kit/core get `localforage` as their bundler resolves it, and the same
 * IndexedDB-only instance. Saves ≈ 4.3 KB brotli.
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
    // Unsupported drivers, with the methods localforage's compliance check asks for: they
    // are skipped as WebSQL is in every current browser.
    build.onResolve({ filter: /(drivers\/(websql|localstorage)|utils\/serializer)$/ }, (args) =>
      /[\\/]localforage[\\/]src[\\/]/.test(args.importer)
        ? { path: args.path.split('/').pop(), namespace: 'slim' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'slim' }, (args) => ({
      contents: SLIM_MODULES[args.path] ?? '',
      loader: 'js',
    }));
  },
};
