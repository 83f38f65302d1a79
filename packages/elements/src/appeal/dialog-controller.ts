import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, focusNear } from './focus-after-hide.js';

interface DialogHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The modal appeal's native `<dialog>`: opens it with `showModal()` (focus on the heading),
 * remembers where focus was, closes it when the appeal hides and puts focus back — or, for
 * every variant, somewhere sensible next to where the appeal stood, never `body`.
 */
export class DialogController implements ReactiveController {
  #returnFocus: Element | null = null;
  #closing = false;

  constructor(
    private readonly host: DialogHost,
    /** The reader closed the dialog (Escape); not called when the appeal closes it. */
    private readonly options: { closedByReader(): void },
  ) {
    host.addController(this);
  }

  /** Removed from the page, the appeal closes its dialog (it decides again when inserted). */
  hostDisconnected(): void {
    this.close();
  }

  /** Opens `dialog` modally unless it is open, and focuses `focusTarget` in it. */
  open(dialog: HTMLDialogElement, focusTarget: HTMLElement | null): void {
    if (dialog.open) return;
    const active = deepActiveElement();
    this.#returnFocus = active && active !== document.body ? active : null;
    dialog.showModal();
    focusTarget?.focus();
  }

  /** Closes the dialog if open; true when it was. */
  close(): boolean {
    const dialog = this.host.renderRoot?.querySelector?.('dialog');
    if (!dialog?.open) return false;
    this.#closing = true;
    dialog.close();
    this.#closing = false;
    return true;
  }

  /**
   * After the appeal hid: closes the dialog and puts focus somewhere sensible, never `body`: a
   * modal returns it to where it was before opening; otherwise it goes next to the appeal.
   */
  afterHide(hadFocus: boolean, modal: boolean): void {
    const returnTo = this.#returnFocus;
    this.#returnFocus = null;
    const wasModal = this.close() || modal;
    if (wasModal && returnTo instanceof HTMLElement && returnTo.isConnected) {
      returnTo.focus();
      return;
    }
    if (hadFocus || (wasModal && deepActiveElement() === document.body)) focusNear(this.host);
  }

  /** The dialog's `close` event. */
  onClose = (): void => {
    if (this.#closing) return;
    this.options.closedByReader();
  };
}
