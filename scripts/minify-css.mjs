// @ts-check
/**
 * Minifies the CSS inside Lit's css`…` templates of the element style modules
 * (`*.styles.ts`) at bundle time: comments dropped, runs of whitespace collapsed, spaces
 * around `{ } ; : ,` and `>` removed. esbuild minifies JavaScript, not CSS inside strings.
 * Only templates without `${…}` interpolations are touched, and the sources stay readable.
 *
 * @type {import('esbuild').Plugin}
 */
export const minifyCss = {
  name: 'minify-css',
  setup(build) {
    build.onLoad(
      { filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.styles\.ts$/ },
      async (args) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(/css`([^`$]*)`/g, (_, text) => `css\`${minify(text)}\``);
        return { contents, loader: 'ts' };
      },
    );
  },
};

/** @param {string} text */
export function minify(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
