import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface CollapseHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The banner's minimize/expand: whether its content is collapsed, the toggle button's click,
 * and Escape (which only minimizes). Focus stays on (or moves to) the toggle after each change,
 * so a keyboard reader is not dropped to `body` when the content they were in disappears.
 */
export class CollapseController implements ReactiveController {
  #collapsed = false;

  constructor(private readonly host: CollapseHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get collapsed(): boolean {
    return this.#collapsed;
  }

  /** A newly shown banner starts expanded (the host re-renders as it shows). */
  reset(): void {
    this.#collapsed = false;
  }

  onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.#collapsed) return;
    event.preventDefault();
    void this.#set(true);
  };

  toggle = () => {
    void this.#set(!this.#collapsed);
  };

  async #set(collapsed: boolean): Promise<void> {
    this.#collapsed = collapsed;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }
}
