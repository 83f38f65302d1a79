// @ts-check
import ts from 'typescript';

/**
 * Collapses the indentation inside Lit's html`…` templates of the elements at bundle time:
 * every run of whitespace that contains a line break becomes one space. esbuild minifies
 * JavaScript, not markup inside template strings, and prettier-formatted templates are
 * mostly indentation. One space renders exactly like the run it replaces (no element of the
 * kit preserves whitespace), and Lit sees the same elements, attributes and bindings.
 *
 * The TypeScript parser finds the templates, so strings, comments and regular expressions
 * elsewhere in a file are never touched; the sources stay readable.
 *
 * @type {import('esbuild').Plugin}
 */
export const minifyHtml = {
  name: 'minify-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => {
      if (args.path.endsWith('.styles.ts')) return undefined; // minify-css handles these
      const { readFile } = await import('node:fs/promises');
      return { contents: collapseHtml(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
  },
};

/** @param {string} source TypeScript source; returns it with html`…` whitespace collapsed */
export function collapseHtml(source) {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  /** @type {Array<[number, number]>} */
  const parts = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html'
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        parts.push([template.getStart(file), template.end]);
      } else {
        parts.push([template.head.getStart(file), template.head.end]);
        for (const span of template.templateSpans) {
          parts.push([span.literal.getStart(file), span.literal.end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, start) + source.slice(start, end).replace(/\s*\n\s*/g, ' ');
    at = end;
  }
  return out + source.slice(at);
}
