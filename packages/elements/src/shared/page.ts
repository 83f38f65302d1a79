/**
 * The document's state as the platform gives it, whatever markup is on the page.
 *
 * A named `<img>`, `<form>`, `<iframe>`, `<embed>` or `<object>` shadows the document's own
 * properties (DOM clobbering): after `<img name="head">`, `document.head` is that image, and
 * `<img name="URL">` replaces `document.URL`. So the getters and methods are taken once, here,
 * from the prototypes — which markup cannot reach — and always called on the real document.
 * Any failure still throws to the caller, which then restricts (never opens up).
 */
type Getter<T> = (this: unknown) => T;
const getter = <T>(proto: object, key: string) =>
  Object.getOwnPropertyDescriptor(proto, key)!.get as Getter<T>;

const headOf = getter<HTMLHeadElement | null>(Document.prototype, 'head');
const urlOf = getter<string>(Document.prototype, 'URL');
const baseOf = getter<string>(Node.prototype, 'baseURI');
const rootOf = getter<HTMLElement | null>(Document.prototype, 'documentElement');
const readyOf = getter<DocumentReadyState>(Document.prototype, 'readyState');
const queryDocument = Document.prototype.querySelectorAll;
const listen = EventTarget.prototype.addEventListener;
const unlisten = EventTarget.prototype.removeEventListener;

/** The document's `<head>` (null only in a document without one). */
export const pageHead = (doc: Document = document): HTMLHeadElement | null => headOf.call(doc);

/** The document's `<html>` element. */
export const pageRoot = (): HTMLElement | null => rootOf.call(document);

/**
 * The page's own address for relative URLs: `document.URL`, not `document.baseURI` — a
 * `<base>` element (which injected markup can add) must not decide where readers go.
 * Documents without an http(s) address of their own (`about:srcdoc` frames) take their base.
 */
export function pageAddress(): string {
  const url = urlOf.call(document);
  return /^https?:/i.test(url) ? url : baseOf.call(document);
}

/** `document.readyState`. */
export const pageReadyState = (): DocumentReadyState => readyOf.call(document);

/** `document.querySelectorAll(selector)`, as an array. */
export const queryPage = <E extends Element>(selector: string): E[] => [
  ...(queryDocument.call(document, selector) as NodeListOf<E>),
];

/** `document.addEventListener` / `removeEventListener`. */
export function onPage(
  type: string,
  listener: EventListener,
  options?: boolean | AddEventListenerOptions,
  off = false,
): void {
  (off ? unlisten : listen).call(document, type, listener, options);
}

/** The element that scrolls the page (`document.scrollingElement`, else `<html>`). */
export const pageScroller = (): Element => document.scrollingElement ?? pageRoot()!;
