/**
 * Dispatches one of the kit's typed events (each element lists them with `@fires`). A plain
 * function, not `this.dispatchEvent(new …)` in a class: the manifest analyzer would read such a
 * call as a second, undocumented declaration of the event.
 */
export function fire(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}
