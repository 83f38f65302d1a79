// @ts-check
// The demo article (stories/demo-article.ts, the Storybook demo) as the static HTML a news
// site would serve: the Lit template is rendered once in Chromium with <support-appeal> left
// undefined, then serialized without Lit's marker comments. The bench pages load the drop-in
// on top of this markup, exactly as a site would.
import { build } from 'esbuild';

/** @param {import('puppeteer-core').Browser} browser */
export async function demoArticleHtml(browser) {
  const result = await build({
    stdin: {
      contents: `import { render } from 'lit';
        import { demoArticle } from './stories/demo-article.ts';
        window.renderArticle = (options) => render(demoArticle(options), document.body);`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    conditions: ['source'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    plugins: [
      {
        // The article only; the elements stay undefined until the drop-in defines them.
        name: 'no-elements',
        setup(b) {
          b.onResolve({ filter: /^@support-kit\/elements\// }, (args) => ({
            path: args.path,
            namespace: 'empty',
          }));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
  });
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ content: result.outputFiles[0]?.text ?? '' });
    return await page.evaluate(() => {
      // @ts-expect-error defined by the bundle above
      window.renderArticle({ locale: 'en', campaign: 'bench' });
      return document.body.innerHTML.replace(/<!--[^]*?-->/g, '');
    });
  } finally {
    await page.close();
  }
}
