/**
 * Smoke test of every Storybook story, in every engine: it renders, throws nothing, logs no
 * console error, and has no axe violation. The list of story files comes from the test
 * server (scripts/wtr-stories-plugin.mjs), so a new story file is covered without edits here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

type StoryFn = (args: Record<string, unknown>, context: Record<string, unknown>) => unknown;
interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: StoryFn;
  parameters?: { smoke?: { skipAxe?: string } };
}
interface StoryModule {
  default: { title?: string; args?: Record<string, unknown>; render?: StoryFn };
  [name: string]: unknown;
}

const storiesModule = '/__stories__.js';
const { storyFiles } = (await import(/* @vite-ignore */ storiesModule)) as {
  storyFiles: [string, StoryModule][];
};

function storiesOf(module: StoryModule): [string, StoryLike][] {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryLike] =>
      entry[0] !== 'default' && entry[0] !== '__namedExportsOrder' && typeof entry[1] === 'object',
  );
}

/** Waits until every custom element below root (shadow roots included) has rendered. */
async function settled(root: Element): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      const update = (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (update) pending.push(update);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(root);
  await Promise.all(pending);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

it('finds story files', () => {
  expect(storyFiles.length).to.be.greaterThan(0);
});

for (const [file, module] of storyFiles) {
  describe(file, () => {
    let errors: unknown[] = [];
    let warnings: string[] = [];
    const originalError = console.error;
    const originalWarn = console.warn;
    beforeEach(() => {
      errors = [];
      warnings = [];
      console.error = (...args: unknown[]) => {
        errors.push(args);
        originalError.apply(console, args);
      };
      // Stories that show the kit refusing markup (the site policy's) warn on purpose.
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.error = originalError;
      console.warn = originalWarn;
    });

    for (const [exportName, story] of storiesOf(module)) {
      it(`${story.name ?? exportName} renders without errors and passes axe`, async () => {
        const meta = module.default;
        const render = story.render ?? meta.render;
        expect(render, `${exportName} needs a render function`).to.be.a('function');
        const args = { ...meta.args, ...story.args };
        const template = render!(args, {
          args,
          id: exportName,
          name: exportName,
        }) as TemplateResult;
        const element = await fixture(html`<div class="story-root">${template}</div>`);
        await settled(element);
        expect(element.querySelector('*'), `${exportName} rendered nothing`).not.to.equal(null);
        expect(errors, `console errors: ${JSON.stringify(errors)}`).to.have.length(0);
        for (const warning of warnings) {
          expect(warning, 'a kit warning naming the element, attribute and value').to.match(
            /^<support-[a-z-]+>: ignoring [a-z-]+="[^"]*"/,
          );
        }
        await expect(element).to.be.accessible();
      });
    }
  });
}
