import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEV,
  allowedVariant,
  type PolicyVariant,
  type Verdict,
  type Warn,
} from '@support-kit/core';
import {
  decideInArbitration,
  joinArbitration,
  leaveArbitration,
  readSitePolicy,
  sitePolicy,
} from '../shared/site-policy.js';

export interface PolicyControllerOptions {
  /** The appeal's `priority` (read when it connects). */
  priority(): number;
  /** The page let it show. */
  show(): void;
  /** The page gave its place to other appeals (`max-shown`). */
  outranked(): void;
}

/**
 * The appeal's side of the site policy (`<meta name="support-kit:…">`): reads the policy as it
 * connects, lowers a variant the site does not allow, and takes part in the page's
 * arbitration under `max-shown` — the appeal's own rules decide whether it wants to show, the
 * page whether it may.
 */
export class PolicyController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: PolicyControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    readSitePolicy();
    joinArbitration(this, this.options.priority());
  }

  hostDisconnected(): void {
    leaveArbitration(this);
  }

  /** The longest hide markup may set (`support-kit:max-days`). */
  get maxDays(): number {
    return sitePolicy().maxDays;
  }

  /** A variant the site allows; else `inline`, with one warning. */
  variant(variant: PolicyVariant, value: string, warn: Warn): PolicyVariant {
    const allowed = allowedVariant(variant, sitePolicy());
    if (allowed !== variant) {
      const why = `the site's support-kit:variants does not allow it. Using "inline".`;
      warn('variant', value, DEV ? why : '');
    }
    return allowed;
  }

  /** The appeal's own rules decided; the verdict comes back through `show` / `outranked`. */
  decided(wantsToShow: boolean): void {
    decideInArbitration(this, wantsToShow);
  }

  verdict(verdict: Verdict): void {
    if (verdict === 'show') this.options.show();
    else this.options.outranked();
  }
}
