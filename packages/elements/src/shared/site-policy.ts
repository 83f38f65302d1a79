import {
  DEV,
  POLICY_METAS,
  RESTRICTED_POLICY,
  consoleWarnerOnce,
  createArbiter,
  parsePolicy,
  type Arbiter,
  type SitePolicy,
  type Verdict,
  type Warn,
} from '@support-kit/core';
import { onPage, pageHead, pageReadyState, queryPage } from './page.js';

/** An appeal taking part in the page's arbitration under `support-kit:max-shown`. */
export interface Contender {
  verdict(verdict: Verdict): void;
}

// One per page (module scope): the policy is the page's, read once.
let policy: SitePolicy | null = null;
let seen = new WeakSet<Element>();
let warn: Warn = consoleWarnerOnce('meta');
let arbiter: Arbiter<Contender> | null = null;
let order = 0;

/** The page's policy metas, wherever they are. */
function policyMetas(): HTMLMetaElement[] {
  return queryPage<HTMLMetaElement>('meta[name^="support-kit:" i]').filter((meta) =>
    (POLICY_METAS as readonly string[]).includes(meta.name.trim().toLowerCase()),
  );
}

/**
 * The site's policy: read from `<head>` when the first kit element connects (each one calls
 * this as it connects). A policy meta in `<body>`, or added after that first read, is ignored
 * with one warning: markup that reaches the page later (a comment, an article body) must not
 * be able to loosen or tighten what the site decided.
 */
export function readSitePolicy(): SitePolicy {
  try {
    const head = pageHead();
    const metas = policyMetas();
    if (!policy) {
      const inHead = metas.filter((meta) => meta.parentElement === head);
      policy = parsePolicy(
        inHead.map((meta) => ({ name: meta.name, content: meta.content })),
        warn,
      );
      for (const meta of inHead) seen.add(meta);
    }
    for (const meta of metas) {
      if (seen.has(meta)) continue;
      seen.add(meta);
      warn(
        meta.name,
        meta.content,
        !DEV
          ? ''
          : meta.parentElement === head
            ? 'added after the first support-kit element connected; the policy is read once.'
            : 'the policy is read only from <head>.',
      );
    }
  } catch (error) {
    // Whatever went wrong, markup must not be able to switch the policy off by it.
    if (!policy) {
      policy = RESTRICTED_POLICY;
      const why = `could not be read (${String(error)}). Restricting: inline only, checkout on this site, one appeal shown.`;
      warn('support-kit:*', 'policy', DEV ? why : '');
    }
  }
  return policy;
}

/** The policy as read (reading it now if no kit element has connected yet). */
export function sitePolicy(): SitePolicy {
  return policy ?? readSitePolicy();
}

function deliver(verdicts: Array<[Contender, Verdict]>): void {
  for (const [contender, verdict] of verdicts) contender.verdict(verdict);
}

/**
 * Joins the arbitration (under `max-shown` only). Appeals that join in the first batch — while
 * the document is still loading, or in the same task as the first one — are "present at load"
 * and ranked together; the batch closes after DOMContentLoaded and that task.
 */
export function joinArbitration(contender: Contender, rank: number): void {
  const max = sitePolicy().maxShown;
  if (max === null) return;
  if (!arbiter) {
    const page = (arbiter = createArbiter<Contender>(max));
    const close = () => setTimeout(() => deliver(page.close()));
    let loading = false;
    try {
      loading = pageReadyState() === 'loading';
    } catch {
      // no document state: close the batch now
    }
    if (loading) onPage('DOMContentLoaded', close, { once: true });
    else close();
  }
  order += 1;
  arbiter.enter(contender, rank, order);
}

/**
 * The appeal's own rules decided. Without `max-shown` an appeal that wants to show shows at
 * once; under it, the page decides (now or when a higher-ranked appeal has decided).
 */
export function decideInArbitration(contender: Contender, wantsToShow: boolean): void {
  if (!arbiter) {
    if (wantsToShow) contender.verdict('show');
    return;
  }
  deliver(arbiter.decided(contender, wantsToShow));
}

/** The appeal left the page: its place is free for one that decides after this. */
export function leaveArbitration(contender: Contender): void {
  if (arbiter) deliver(arbiter.released(contender));
}

/** Tests only (not exported by the package): forget the page's policy and arbitration. */
export function resetSitePolicyForTests(): void {
  policy = null;
  seen = new WeakSet();
  warn = consoleWarnerOnce('meta');
  arbiter = null;
  order = 0;
}
