// @ts-check
/**
 * Minifies the CSS inside Lit's css`…` templates of the element modules (the `*.styles.ts`
 * files, and the styles a small element keeps in its own class) at bundle time: comments dropped, runs of whitespace collapsed, spaces
 * around `{ } ; : ,` and `>` removed. esbuild minifies JavaScript, not CSS inside strings.
 * In a template with `${…}` interpolations (the shared `${defaultColours}` at the top of each
 * element's styles) the text between them is minified piece by piece, and the interpolations
 * are left as written. The sources stay readable.
 *
 * @type {import('esbuild').Plugin}
 */
export const minifyCss = {
  name: 'minify-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(
        /css`((?:[^`$]|\$\{[^`}]*\})*)`/g,
        (_, text) => `css\`${minifyAround(text)}\``,
      );
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Minifies the CSS between interpolations; a piece's outer whitespace becomes at most one
 * space, so `${a} ${b}` or `margin: ${x}px` keep their meaning.
 * @param {string} text
 */
function minifyAround(text) {
  const pieces = text.split(/(\$\{[^`}]*\})/);
  return pieces
    .map((piece, i) => {
      if (i % 2 === 1) return piece; // an interpolation
      const inner = minify(piece);
      const before = i > 0 && /^\s/.test(piece) ? ' ' : '';
      const after = i < pieces.length - 1 && /\s$/.test(piece) ? ' ' : '';
      return inner === '' ? before || after : before + inner + after;
    })
    .join('');
}

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
