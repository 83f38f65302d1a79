/**
 * Drop-in safety when the page is not empty: the kit loaded twice (the same bundle twice, two
 * versions, an npm-bundled copy next to the drop-in), under Trusted Types, and tag names that
 * the page already defined. Each case is a fresh page (fixtures/appeal.html in an iframe), since
 * a custom element registry cannot be reset.
 */
import { expect } from '@open-wc/testing';
import {
  openFixture,
  part,
  settle,
  waitForAppealState,
  whenDefined,
  type FixturePage,
} from './frame.helpers.js';

const FIXTURE = '/test/security/fixtures/appeal.html';
const TAGS = ['support-appeal', 'support-amounts', 'support-remind-later'];

/** The page still works: the appeal shows with its amounts, the standalone elements render. */
async function expectWorkingPage(page: FixturePage) {
  const appeal = page.doc.querySelector('support-appeal')!;
  await waitForAppealState(appeal, 'shown');
  const amounts = part(appeal, 'amounts')!;
  expect(amounts.shadowRoot!.querySelectorAll('input[name="amount"]')).to.have.length(4);
  const standalone = page.doc.querySelector('main support-amounts')!;
  expect(standalone.shadowRoot!.querySelectorAll('input[name="amount"]')).to.have.length(3);
  const remind = page.doc.querySelector('main support-remind-later')!;
  expect(remind.shadowRoot!.querySelector('button')).to.exist;
}

async function open(options: Parameters<typeof openFixture>[1]) {
  const page = await openFixture(FIXTURE, options);
  await whenDefined(page, ...TAGS);
  return page;
}

describe('loading the kit twice', () => {
  it('the same drop-in twice: no exception, no violation, everything works', async () => {
    const page = await open({ kits: ['bundle', 'bundle'] });
    try {
      await expectWorkingPage(page);
      await settle(page);
      expect(page.harness.errors).to.deep.equal([]);
      // The second copy keeps the first copy's definitions and says so, once per tag.
      expect(page.harness.warnings.filter((w) => /version/.test(w))).to.deep.equal([]);
      for (const tag of TAGS) {
        expect(page.harness.warnings.filter((w) => w.includes(`<${tag}>`))).to.have.length(1);
      }
    } finally {
      page.close();
    }
  });

  it('another version second: one warning naming both versions; the first copy stays in use', async () => {
    const page = await open({ kits: ['bundle', 'bundle@9.9.9'] });
    try {
      await expectWorkingPage(page);
      await settle(page);
      expect(page.harness.errors).to.deep.equal([]);
      const versions = page.harness.warnings.filter((w) => /version/.test(w));
      expect(versions).to.have.length(1);
      expect(versions[0]).to.contain('9.9.9').and.to.contain('0.1.0');
    } finally {
      page.close();
    }
  });

  it('the version the drop-in announces is the one in its package.json', async () => {
    // VERSION comes from package.json at build time (esbuild `define`): a release that bumps
    // package.json must bump it too, or two different copies would look alike and the warning
    // above would never come.
    const { VERSION } = await import('../../packages/support-kit/index.js');
    const response = await fetch('/packages/support-kit/package.json');
    const { version } = (await response.json()) as { version: string };
    expect(VERSION).to.equal(version);
  });

  it('an npm-bundled copy (the source modules) next to the drop-in: no exception', async () => {
    const page = await open({ kits: ['source', 'bundle'] });
    try {
      await expectWorkingPage(page);
      await settle(page);
      expect(page.harness.errors).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it("under Trusted Types with 'allow-duplicates': both copies load, no violation", async () => {
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
    const page = await open({ kits: ['bundle', 'bundle'], csp });
    try {
      await expectWorkingPage(page);
      await settle(page);
      expect(page.harness.errors).to.deep.equal([]);
      expect(page.harness.violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it("under Trusted Types without 'allow-duplicates', a second copy of Lit is refused by the browser (why the README's policy has it)", async () => {
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html";
    const page = await open({ kits: ['bundle', 'bundle'], csp });
    try {
      // The first copy works; the second copy's Lit cannot create its "lit-html" policy.
      await expectWorkingPage(page);
      await settle(page);
      expect(page.harness.violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
      expect(page.harness.violations[0]!.sample).to.equal('lit-html');
      expect(page.harness.errors).to.have.length(1);
      expect(page.harness.errors[0]).to.match(/lit-html/);
    } finally {
      page.close();
    }
  });
});

describe('tag names the page defined first', () => {
  for (const tag of TAGS) {
    it(`<${tag}> taken: a console warning naming it, no exception, the other tags work`, async () => {
      const page = await open({ squat: [tag] });
      try {
        await settle(page);
        expect(page.harness.errors).to.deep.equal([]);
        expect(page.harness.warnings.some((w) => w.includes(`<${tag}>`))).to.equal(true);
        const squatted = page.doc.querySelector(`main ${tag}`)!;
        expect(squatted.getAttribute('data-squatter')).to.equal('yes');
        if (tag !== 'support-amounts') {
          const standalone = page.doc.querySelector('main support-amounts')!;
          expect(standalone.shadowRoot!.querySelectorAll('input[name="amount"]')).to.have.length(3);
        }
        if (tag !== 'support-remind-later') {
          const remind = page.doc.querySelector('main support-remind-later')!;
          expect(remind.shadowRoot!.querySelector('button')).to.exist;
        }
        if (tag !== 'support-appeal') {
          const appeal = page.doc.querySelector('support-appeal')!;
          await waitForAppealState(appeal, 'shown');
          expect(part(appeal, 'cta')).to.exist;
        }
      } finally {
        page.close();
      }
    });
  }
});
