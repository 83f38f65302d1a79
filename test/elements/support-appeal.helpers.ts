// Helpers shared by the element and page suites (test/elements, test/pages): stores, what a
// reader sees and does. Importing it also holds axe to WCAG 2.2's target size.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { SnoozeStore, type KeyValueBackend, type SnoozeStoreOptions } from '@support-kit/core';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';

// WCAG 2.2's target-size (2.5.8) is off in axe by default; these suites hold the elements to it.
(window as unknown as { axe: typeof import('axe-core') }).axe.configure({
  rules: [{ id: 'target-size', enabled: true }],
});

export const DAY = 24 * 60 * 60 * 1000;

let counter = 0;
/** A campaign id no other test (or earlier run in the same profile) has used. */
export function uniqueCampaign(name: string): string {
  counter += 1;
  return `test-${name}-${counter}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * A store of its own (its own channel, so other tests' stores do not hear it). Pass `now` for a
 * fake clock: the elements take the time from their store.
 */
export function isolatedStore(options: SnoozeStoreOptions = {}): SnoozeStore {
  return new SnoozeStore({ channelName: uniqueCampaign('channel'), ...options });
}

/** A backend whose every operation fails, as with storage blocked by the browser. */
export function blockedBackend(): KeyValueBackend {
  const fail = () =>
    Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
  return { ready: fail, getItem: fail, setItem: fail, removeItem: fail };
}

/** A store where nothing can be kept beyond the page. */
export function blockedStore(): SnoozeStore {
  return new SnoozeStore({
    backend: blockedBackend(),
    session: null,
    timeoutMs: 200,
    channelName: uniqueCampaign('blocked'),
  });
}

/**
 * A store whose reads wait until the test calls `answer` (IndexedDB that is slow to open): the
 * state an appeal is in while it decides.
 */
export function slowStore(): { store: SnoozeStore; answer: (value: unknown) => void } {
  let answer!: (value: unknown) => void;
  const slow: KeyValueBackend = {
    getItem: () => new Promise((resolve) => (answer = resolve)),
    setItem: async () => undefined,
    removeItem: async () => undefined,
  };
  const store = new SnoozeStore({ backend: slow, session: null, timeoutMs: 5000 });
  return { store, answer: (value) => answer(value) };
}

/** A part of an element's shadow tree (`part~=name`), or null. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Clicks the middle of an element with a real pointer. */
export async function click(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  await nextFrame();
  const box = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

export async function waitForState(appeal: SupportAppeal, state: SupportAppeal['state']) {
  await waitUntil(() => appeal.state === state, `appeal never became ${state}`, {
    timeout: 4000,
  });
  await appeal.updateComplete;
  await nextFrame();
}

/** Whether a reader can see the element at all (it takes space and is painted). */
export function isVisible(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/** The focused element, inside shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects the events of a type fired up to `document`. */
export function recordEvents<T extends Event>(type: string): { events: T[]; stop: () => void } {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** Captures console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

export function expectNear(actual: number, expected: number, tolerance = 2000) {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.below(tolerance);
}

const HOUR = 3_600_000;

/** A snooze or dismissal end: `expected` (within `tolerance`) rounded up to the next hour. */
export function expectOnHourAfter(actual: number, expected: number, tolerance = 5000) {
  expect(actual % HOUR, `${actual} is on the hour`).to.equal(0);
  expect(actual - expected, `${actual} is the hour after ${expected}`).to.be.within(
    -tolerance,
    HOUR + tolerance,
  );
}

/** Every element in a host's shadow tree, through nested shadow roots. */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}
