// @ts-check
// The React 19 baseline's script (react/appeal.jsx): bundled by esbuild with React and
// react-dom from node_modules in production mode, minified, as one classic-free ES module —
// what a site shipping this appeal with React would serve. Its copy (heading and paragraphs)
// is taken from the bench article's own <support-appeal>, so both pages say the same words;
// its CSS is the kit's own, rewritten for light DOM at bench time (react-look.mjs).
import { build } from 'esbuild';

/** The seed appeal's heading and paragraphs as text, from the article's static HTML. */
export function appealCopy(/** @type {string} */ articleHtml) {
  const appeal = /<support-appeal[^>]*>([^]*?)<\/support-appeal>/.exec(articleHtml)?.[1] ?? '';
  const text = (/** @type {string} */ html) =>
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  const heading = /<span slot="heading">([^]*?)<\/span>/.exec(appeal)?.[1] ?? '';
  const paragraphs = [...appeal.matchAll(/<p>([^]*?)<\/p>/g)].map((m) => text(m[1] ?? ''));
  if (!heading || paragraphs.length === 0) throw new Error('no appeal copy in the article');
  return { heading: text(heading), paragraphs };
}

/**
 * @param {{ heading: string, paragraphs: string[] }} copy
 * @param {string} css the kit's styles for the React markup (kitCss in react-look.mjs)
 * @returns {Promise<string>}
 */
export async function buildReactAppeal(copy, css) {
  const result = await build({
    entryPoints: [new URL('./react/appeal.jsx', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      __APPEAL_COPY__: JSON.stringify(copy),
      __APPEAL_CSS__: JSON.stringify(css),
    },
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}
