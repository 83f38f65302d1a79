/**
 * The README's "Use it on a site" markup, read from README.md as it stands, on a page of its
 * own with the shipped drop-in: what a site developer pasting it sees. Only the script's
 * address changes (the test server serves the drop-in elsewhere).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { part, waitForAppealState } from '../security/frame.helpers.js';
import { shownText } from '../elements/text-language.helpers.js';

const DROPIN = '/__support-kit__/support-kit.js';

/** The first ```html block under the README heading `heading`. */
async function readmeSnippet(heading: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const block = /```html\n([\s\S]*?)```/.exec(section);
  expect(block, `an html block under "${heading}" in README.md`).to.not.equal(null);
  return block![1]!;
}

describe('the README snippet, exactly as written', () => {
  let frame: HTMLIFrameElement | null = null;
  afterEach(() => frame?.remove());

  it('"Use it on a site" shows the heading, the built-in message and the actions', async () => {
    const snippet = await readmeSnippet('## Use it on a site');
    expect(snippet).to.include('/assets/support-kit.js');
    // The markup as a developer copies it, line break inside <support-appeal> included.
    expect(snippet).to.match(/<support-appeal[^>]*>\n\s*<\/support-appeal>/);
    frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;inset:0 auto auto 0;width:800px;height:900px;border:0';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README</title></head><body>${snippet.replace('/assets/support-kit.js', DROPIN)}</body></html>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const appeal = doc.querySelector('support-appeal')!;
    await waitUntil(() => frame!.contentWindow!.customElements.get('support-appeal'), 'no kit', {
      timeout: 8000,
    });
    await waitForAppealState(appeal, 'shown');

    expect(shownText(part(appeal, 'heading')!)).to.equal('A message from The Daily Example');
    const body = part(appeal, 'body')!;
    expect(shownText(body)).to.match(
      /^Independent reporting takes time.*please support us monthly, starting from just \$2\./,
    );
    const paragraphs = [...body.querySelectorAll('p')];
    expect(paragraphs).to.have.length(2);
    for (const p of paragraphs) expect(p.getBoundingClientRect().height).to.be.above(10);
    expect(shownText(part(appeal, 'cta')!)).to.equal('Give $5 a month');
  });
});
