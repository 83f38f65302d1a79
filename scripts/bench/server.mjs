// @ts-check
// A tiny static server on 127.0.0.1 for the bench pages. Every response is cross-origin
// isolated (COOP + COEP), which gives performance.now() 5 µs resolution instead of 100 µs.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
export const DROP_IN = 'packages/support-kit/dist/support-kit.js';

const read = (/** @type {string} */ name) => readFileSync(PAGES + name, 'utf8');

/**
 * The React baseline's script is set once built: it needs the kit's styles, which are read
 * from a page this server serves (react-look.mjs).
 * @param {{ articleHtml: string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void>, setReactAppeal: (script: string) => void }>}
 */
export async function startServer({ articleHtml }) {
  let reactAppeal = '';
  // The drop-in as built, with one statement in front: the mark decision time starts from.
  const dropIn = `performance.mark('support-kit:start');\n${readFileSync(DROP_IN, 'utf8')}`;
  const instrument = read('instrument.js');

  // The page as a site should write it: the one CSS rule the kit cannot ship itself keeps the
  // appeal's slotted message from showing as plain paragraphs before the drop-in has loaded
  // (without it the upgrade removes that text from the flow: a layout shift of the site's own).
  /** @param {URLSearchParams} params */
  const article = (params) => {
    const variant = params.get('variant') ?? 'inline';
    let body = articleHtml.replace(/variant="inline"/, `variant="${variant}"`);
    // long=1: the article at a news article's usual length (its paragraphs three times), so
    // its end — and the inline appeal — is below the fold on a desktop screen too.
    if (params.get('long') === '1') {
      const start = body.indexOf('</header>');
      const end = body.indexOf('<support-appeal');
      const paragraphs = (body.slice(start, end).match(/<p>[^]*?<\/p>/g) ?? []).join('');
      body = body.slice(0, end) + paragraphs + paragraphs + body.slice(end);
    }
    // experiment=1: the appeal runs an experiment of two copy groups, so its
    // decision includes resolving the reader's group.
    if (params.get('experiment') === '1') {
      body = body
        .replace('<support-appeal', '<support-appeal experiment="bench"')
        .replace(
          '</support-appeal>',
          '<template group="a"><p>Copy A.</p></template><template group="b"><p>Copy B.</p></template></support-appeal>',
        );
    }
    // article=1: the page is an article for the reading count: a read is stored at
    // idle time after load, which must not delay the decision.
    const articleMeta =
      params.get('article') === '1'
        ? '<meta name="support-kit:article" content="bench-article">'
        : '';
    // scroll=appeal: the reader is already at the end of the article when the kit decides.
    const scroll =
      params.get('scroll') === 'appeal'
        ? `<script>document.querySelector('support-appeal').scrollIntoView({ block: 'center' });</script>`
        : '';
    // kit=0: the same page without the drop-in, the control for the main-thread figures.
    let kit =
      params.get('kit') === '0' ? '' : '<script type="module" src="/support-kit.js"></script>';
    // app=react: the React 19 baseline (react.mjs) instead: an empty root where the appeal
    // was, and its script where the drop-in was.
    if (params.get('app') === 'react') {
      body = body.replace(/<support-appeal[^]*?<\/support-appeal>/, '<div id="appeal-root"></div>');
      // The site's theme for its appeal (--support-accent…) goes to React's root instead.
      body = body.replace(/ support-appeal(\s*\{)/g, ' #appeal-root$1');
      kit = '<script type="module" src="/react-appeal.js"></script>';
    }
    return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: demo article</title>${articleMeta}
<style>support-appeal:not(:defined) { display: none }</style>
<script>${instrument}</script></head>
<body style="margin: 0 8px">${body}${scroll}${kit}</body></html>`;
  };
  /** @param {string} script */
  const harness = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title></head>
<body><main id="stage"></main><script type="module" src="/support-kit.js"></script>
<script type="module" src="/pages/${script}"></script></body></html>`;

  // The floor of "no long task": a blank page (with the bench's instrument) that formats one
  // amount with Intl.NumberFormat, as the appeal must, once the page has loaded.
  const intlFloor = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: Intl</title>
<script>${instrument}</script></head><body><p id="amount"></p><script>
addEventListener('load', () => setTimeout(() => {
  document.getElementById('amount').textContent = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(2);
  window.__bench.decision = { type: 'formatted' };
}, 100));
</script></body></html>`;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    /** @type {[string, string] | null} */
    let found = null;
    if (url.pathname === '/support-kit.js') found = ['text/javascript', dropIn];
    else if (url.pathname === '/react-appeal.js') found = ['text/javascript', reactAppeal];
    else if (url.pathname === '/article.html') found = ['text/html', article(url.searchParams)];
    else if (url.pathname === '/render.html') found = ['text/html', harness('render.js')];
    else if (url.pathname === '/memory.html') found = ['text/html', harness('memory.js')];
    else if (url.pathname === '/intl.html') found = ['text/html', intlFloor];
    else if (/^\/pages\/[\w-]+\.js$/.test(url.pathname)) {
      try {
        found = ['text/javascript', read(url.pathname.slice('/pages/'.length))];
      } catch {
        found = null;
      }
    }
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    response.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    response.setHeader('Cache-Control', 'no-store');
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': `${found[0]}; charset=utf-8` }).end(found[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
    setReactAppeal: (script) => {
      reactAppeal = script;
    },
  };
}
