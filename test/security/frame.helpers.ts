// Helpers for tests that open a fixture page (test/security/fixtures, test/interop/fixtures) in an
// iframe, served by scripts/wtr-interop-plugin.mjs with the headers and scripts a test asks for.
import { nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

/** What fixtures/harness.js records in the page. */
export interface Harness {
  violations: Violation[];
  errors: string[];
  warnings: string[];
}

export type FrameWindow = Window & typeof globalThis & { __harness: Harness };

export interface FixturePage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  harness: Harness;
  close(): void;
}

export interface FixtureOptions {
  /** The Content-Security-Policy header of the page. */
  csp?: string;
  /** Which copies of the kit the page loads: `bundle`, `bundle@1.2.3`, `dev`, `source`, `none`. */
  kits?: string[];
  /** Tag names the page defines itself before the kit loads. */
  squat?: string[];
  /** The campaign of every appeal on the page (default: a fresh one, so no stored state). */
  campaign?: string;
}

let counter = 0;

/** Opens a fixture page in an 800×600 iframe at the top left and waits for it to load. */
export async function openFixture(
  path: string,
  options: FixtureOptions = {},
): Promise<FixturePage> {
  counter += 1;
  const params = new URLSearchParams();
  if (options.csp) params.set('csp', options.csp);
  params.set('kits', (options.kits ?? ['bundle']).join(','));
  if (options.squat) params.set('squat', options.squat.join(','));
  params.set(
    'campaign',
    options.campaign ??
      `fixture-${counter}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
  );
  const frame = document.createElement('iframe');
  frame.style.cssText =
    'position:fixed;inset:0 auto auto 0;width:800px;height:600px;border:0;background:white;z-index:10';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.src = `${path}?${params}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  return { frame, win, doc, harness: win.__harness, close: () => frame.remove() };
}

/** Waits for a tag to be defined in the page (the kit's module scripts have run). */
export async function whenDefined(page: FixturePage, ...tags: string[]): Promise<void> {
  await waitUntil(
    () => tags.every((tag) => page.win.customElements.get(tag)),
    `${tags.join(', ')} never defined`,
    { timeout: 8000 },
  );
}

/** Waits for an appeal (any realm) to reach a state. */
export async function waitForAppealState(appeal: Element, state: string): Promise<void> {
  await waitUntil(() => appeal.getAttribute('state') === state, `appeal never became ${state}`, {
    timeout: 5000,
  });
  await (appeal as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrame();
}

/** Clicks the middle of an element inside the iframe with a real pointer. */
export async function clickInFrame(page: FixturePage, node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  await nextFrame();
  await nextFrame();
  const frameBox = page.frame.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(frameBox.x + box.x + box.width / 2),
      Math.round(frameBox.y + box.y + box.height / 2),
    ],
  });
}

/** Lets queued `securitypolicyviolation` events (dispatched asynchronously) arrive. */
export async function settle(page: FixturePage): Promise<void> {
  await new Promise((resolve) => page.win.setTimeout(resolve, 100));
  await nextFrame();
}

/** An element's part in its shadow root. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** The text a slot shows: its assigned nodes, else its fallback content. */
export function slotText(slot: HTMLSlotElement | null): string {
  if (!slot) return '';
  const nodes = slot.assignedNodes({ flatten: true });
  return (nodes.length ? nodes : [...slot.childNodes])
    .map((node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export const isChromium = () => /\bChrom(e|ium)\//.test(navigator.userAgent);
