import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEV,
  allowedVariant,
  campaignListed,
  rankOf,
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
import { onPage } from '../shared/page.js';
import { composedParent, flatParent } from '../shared/composed-tree.js';

export interface PolicyControllerOptions {
  /** The appeal's campaign id (trimmed). */
  campaign(): string;
  /** The appeal's `priority`, clamped (read when it connects). */
  priority(): number;
  /** The page let it show. */
  show(): void;
  /** The page gave its place to other appeals (`max-shown`). */
  outranked(): void;
  warn: Warn;
}

/**
 * Whether a reader could see the appeal once shown. While it decides, the appeal itself has no
 * box (`display: none`), so this asks about where it stands: not `hidden`, not inside a closed
 * `<details>` (outside its summary), its nearest block ancestor rendered (`checkVisibility`: no
 * `display: none` or `content-visibility: hidden` above it) and of non-zero width, and the
 * appeal not sized to zero by its own style. Cheap: one style read and one box read, only under `max-shown`.
 */
export function canBeSeen(host: HTMLElement): boolean {
  if (host.hidden) return false;
  const own = getComputedStyle(host);
  if (/^0(px)?$/.test(own.maxWidth) || /^0(px)?$/.test(own.maxHeight)) return false;
  if (own.width === '0px' || own.height === '0px') return false;
  let node: Node = host;
  let parent: Element | null = null;
  for (;;) {
    const up = flatParent(node);
    if (!up) break;
    if (up instanceof Element) {
      // The first ancestor with a box of its own: `display: contents` (a slot) and inline
      // boxes (an empty span) say nothing about the space the appeal would get.
      if (!parent && !/^(contents|inline)$/.test(getComputedStyle(up).display)) parent = up;
      if (
        up.localName === 'details' &&
        !(up as HTMLDetailsElement).open &&
        !(node instanceof Element && node.localName === 'summary' && node.parentNode === up)
      ) {
        return false;
      }
    }
    node = up;
  }
  if (!parent) return false;
  if (parent.checkVisibility?.() === false) return false;
  return parent.getBoundingClientRect().width > 0;
}

/**
 * The appeal's side of the site policy (`<meta name="support-kit:…">`): reads the policy as it
 * connects, keeps appeals of campaigns the site does not list from showing, lowers a variant
 * the site does not allow, and takes part in the page's arbitration under `max-shown` — the
 * appeal's own rules decide whether it wants to show, the page whether it may. Under
 * `max-shown`, an appeal a reader cannot see holds no place: it waits, pending, and asks for
 * one when it can be seen (its parent resized, a `<details>` opened, `hidden` removed).
 */
export class PolicyController implements ReactiveController {
  #watch: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PolicyControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const policy = readSitePolicy();
    joinArbitration(this, rankOf(this.options.campaign(), this.options.priority(), policy));
  }

  hostDisconnected(): void {
    this.#unwatch();
    leaveArbitration(this);
  }

  /** The longest hide markup may set (`support-kit:max-days`). */
  get maxDays(): number {
    return sitePolicy().maxDays;
  }

  /**
   * Whether the site runs this appeal's campaign (`support-kit:campaigns`); when not, one
   * warning, and the appeal never touches storage.
   */
  listed(): boolean {
    const campaign = this.options.campaign();
    if (campaignListed(campaign, sitePolicy())) return true;
    const why = `not in the site's support-kit:campaigns. Not shown.`;
    this.options.warn('campaign', campaign, DEV ? why : '');
    return false;
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
    this.#unwatch();
    if (wantsToShow && sitePolicy().maxShown !== null && !canBeSeen(this.host)) {
      decideInArbitration(this, false);
      this.#watchUntilSeen();
      return;
    }
    decideInArbitration(this, wantsToShow);
  }

  verdict(verdict: Verdict): void {
    if (verdict === 'show') this.options.show();
    else this.options.outranked();
  }

  #watchUntilSeen(): void {
    const host = this.host;
    const check = () => {
      if (!canBeSeen(host)) return;
      this.#unwatch();
      decideInArbitration(this, true);
    };
    const resize = new ResizeObserver(check);
    const mutation = new MutationObserver(check);
    let node: Node | null = host;
    // Every ancestor's box and attributes (`hidden`, `open`, `style`, `class`): cheap, and
    // only for an appeal waiting unseen.
    while (node) {
      if (node instanceof Element) {
        resize.observe(node);
        mutation.observe(node, { attributes: true });
      }
      node = composedParent(node);
    }
    // `toggle` of a <details> does not bubble: caught on the way down.
    onPage('toggle', check, true);
    this.#watch = () => {
      resize.disconnect();
      mutation.disconnect();
      onPage('toggle', check, true, true);
    };
  }

  #unwatch(): void {
    this.#watch?.();
    this.#watch = null;
  }
}
