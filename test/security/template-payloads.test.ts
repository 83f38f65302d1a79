/**
 * An experiment's `<template group>` is inert until the kit copies it into the page, so a
 * site's sanitizer that does not look inside `template.content` lets anything through. The
 * kit copies only text and simple formatting: every payload a reviewer wrote (fixtures/
 * hostile-template.html) stays dead, with and without the README's strict CSP — no script
 * runs, no navigation, no request beyond the page's own, the page's styles and base URL
 * unchanged, no nested appeal —
 * and each dropped element is named in one warning.
 */
import { expect } from '@open-wc/testing';
import {
  openFixture,
  part,
  settle,
  slotText,
  waitForAppealState,
  whenDefined,
} from './frame.helpers.js';

const RECOMMENDED =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const DROPPED = [
  'img',
  'iframe',
  'svg',
  'details',
  'video',
  'form',
  'meta',
  'base',
  'style',
  'link',
  'support-appeal',
];

describe('experiment templates carry content, never behaviour', () => {
  for (const csp of [undefined, RECOMMENDED]) {
    it(`${csp ? 'under the strict CSP' : 'without CSP'}: every payload stays dead`, async () => {
      // What the page reports without the kit: Chromium reports the template's inline handlers
      // as it parses them, whether or not anything copies them. The kit must add nothing.
      const bare = await openFixture('/test/security/fixtures/hostile-template.html', {
        ...(csp && { csp }),
        kits: ['none'],
      });
      await settle(bare);
      const baseline = bare.harness.violations.map((v) => v.directive);
      // Firefox's speculative parser fetches what it sees inside <template> as the page loads.
      const hostile = (win: Window) =>
        win.performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('hostile-'));
      const preloaded = hostile(bare.win);
      bare.close();
      const page = await openFixture('/test/security/fixtures/hostile-template.html', {
        ...(csp && { csp }),
        kits: ['bundle'],
      });
      try {
        const { doc, win, harness } = page;
        const address = win.location.href;
        const background = win.getComputedStyle(doc.body).backgroundColor;
        const baseURI = doc.baseURI;
        await whenDefined(page, 'support-appeal');
        const appeal = doc.querySelector('support-appeal')!;
        await waitForAppealState(appeal, 'shown');
        await settle(page);
        await settle(page);
        // The copy a reader should see is there.
        expect(slotText(part<HTMLSlotElement>(appeal, 'heading')!.querySelector('slot'))).to.equal(
          'Heading X',
        );
        expect(appeal.querySelector('a[href="https://example.org/more"]')!.textContent).to.equal(
          'a link',
        );
        // Nothing else came along.
        expect((win as unknown as { __ran?: string[] }).__ran, 'scripts that ran').to.equal(
          undefined,
        );
        expect(win.location.href, 'navigated').to.equal(address);
        expect(doc.baseURI, 'base URL').to.equal(baseURI);
        expect(win.getComputedStyle(doc.body).backgroundColor, 'page styles').to.equal(background);
        expect(doc.querySelectorAll('support-appeal'), 'nested appeals').to.have.length(1);
        expect(doc.querySelector('dialog[open]')).to.equal(null);
        const kinds = DROPPED.filter((tag) => appeal.querySelector(tag));
        expect(kinds, 'elements copied into the page').to.deep.equal([]);
        const hrefs = [...appeal.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs, 'links').to.deep.equal(['https://example.org/more', null]);
        const requests = hostile(win).filter((name) => !preloaded.includes(name));
        expect(requests, 'requests of the kit').to.deep.equal([]);
        const violations = harness.violations.map((v) => v.directive);
        expect(violations, 'CSP violations').to.deep.equal(baseline);
        expect(violations.filter((d) => d !== 'script-src-attr')).to.deep.equal([]);
        expect(harness.errors, 'uncaught errors').to.deep.equal([]);
        // One warning per dropped element, naming it; the script URL of the link too.
        for (const tag of DROPPED) {
          const about = harness.warnings.filter((w) => w.includes(`template="<${tag}>"`));
          expect(about, `<${tag}>`).to.have.length(1);
        }
        expect(harness.warnings.some((w) => w.includes('<a href>="javascript:'))).to.equal(true);
      } finally {
        page.close();
      }
    });
  }
});
