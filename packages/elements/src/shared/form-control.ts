import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A constraint the value violates: what `ElementInternals.setValidity` takes. */
export interface Constraint {
  flags: ValidityStateFlags;
  message: string;
}

/** What the controller asks its element; it never reads the element's own state. */
export interface FormControlOptions {
  /** What the form submits (null: nothing) and the state the browser keeps for Back. */
  value(): { data: FormData | null; state: string };
  /** The constraint the value violates now, or null. */
  violation(): Constraint | null;
  /** The inner control the browser focuses when it reports the element invalid. */
  anchor(): HTMLElement | null;
}

type Host = ReactiveControllerHost & HTMLElement;

// `form.checkValidity()` fires the same `invalid` events as a blocked submit, and nothing in
// them tells the two apart. A check that should stay silent runs inside `silently`.
let silentChecks = 0;
function silently<T>(check: () => T): T {
  silentChecks++;
  try {
    return check();
  } finally {
    silentChecks--;
  }
}

const quietForms = new WeakSet<HTMLFormElement>();

/**
 * Marks the checks of a form's `checkValidity()` as silent, once per form: a site that
 * re-checks its form on every keystroke must not show a message before the reader is done.
 * The method still does what it did (it may be the site's own); Shoelace and Material Web
 * wrap the form's methods the same way.
 */
function quieten(form: HTMLFormElement): void {
  if (quietForms.has(form)) return;
  quietForms.add(form);
  const check = form.checkValidity;
  form.checkValidity = function (this: HTMLFormElement) {
    return silently(() => check.call(this));
  };
}

/**
 * Form association and validity for a form-associated element, as a native control has them:
 * value and state, `setCustomValidity`, silent `checkValidity` and showing `reportValidity`,
 * the disabled state a fieldset gives, and when the reader may see what is wrong — after
 * committing a change, or once a submit or a report was blocked (`:state(user-invalid)`).
 * The element forwards the form callbacks and renders what `disabled` and `reveals` say.
 */
export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals;
  readonly #host: Host;
  readonly #options: FormControlOptions;
  #custom = '';
  #formDisabled = false;
  #interacted = false;
  #reported = false;

  constructor(host: Host, options: FormControlOptions) {
    this.#host = host;
    this.#options = options;
    this.internals = host.attachInternals();
    host.addController(this);
    // Fired by a blocked submit, reportValidity() and a form's checkValidity(); only the
    // last is silent.
    host.addEventListener('invalid', () => {
      if (silentChecks > 0) return;
      this.#reported = true;
      this.#changed();
    });
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Disabled by its own attribute or a disabled fieldset, as the browser last said. */
  get disabled(): boolean {
    return this.#formDisabled;
  }

  /** Whether the reader may see what is wrong now (never while disabled). */
  get reveals(): boolean {
    return (this.#interacted || this.#reported) && this.internals.willValidate;
  }

  /** The site's own error, set with `setCustomValidity`; '' when none. */
  get customError(): string {
    return this.#custom;
  }

  setCustomValidity(message: string): void {
    this.#custom = String(message ?? '');
    this.#changed();
  }

  checkValidity(): boolean {
    this.sync();
    return silently(() => this.internals.checkValidity());
  }

  reportValidity(): boolean {
    this.sync();
    return this.internals.reportValidity();
  }

  /** The reader committed a change (picked an option, left a field they edited). */
  interacted(): void {
    this.#interacted = true;
    this.#changed();
  }

  associated(form: HTMLFormElement | null): void {
    if (form) quieten(form);
  }

  disabledChanged(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#changed();
  }

  /** Form reset: the reader has done nothing yet. A custom error stays, as on a native control. */
  reset(): void {
    this.#interacted = false;
    this.#reported = false;
    this.#changed();
  }

  /**
   * Implicit submission from a field in the shadow tree, which the browser's own never sees:
   * through the form's default button (so `submitter` is as native), validating first. A
   * disabled default button blocks it, as it does natively.
   */
  submit(): void {
    const form = this.internals.form;
    if (!form) return;
    const button = [...form.elements].find(
      (each): each is HTMLButtonElement | HTMLInputElement =>
        (each instanceof HTMLButtonElement || each instanceof HTMLInputElement) &&
        each.type === 'submit',
    );
    if (button?.disabled) return;
    form.requestSubmit(button ?? null);
  }

  /** Pushes value, validity and the user-invalid state to the browser; safe before a render. */
  sync(): void {
    const { internals } = this;
    const { data, state } = this.#options.value();
    internals.setFormValue(data, state);
    const violation = this.#options.violation();
    const custom = this.#custom;
    const flags = custom ? { ...violation?.flags, customError: true } : violation?.flags;
    const anchor = this.#options.anchor();
    if (!flags) internals.setValidity({});
    else if (anchor) internals.setValidity(flags, custom || violation?.message, anchor);
    else internals.setValidity(flags, custom || violation?.message);
    const invalid = this.reveals && !internals.validity.valid;
    // CustomStateSet (Chromium 125+, Firefox 126+, Safari 17.4+) is missing in older engines,
    // and Chromium 90–124 takes only `--name`: there the state is simply absent.
    try {
      if (invalid) internals.states.add('user-invalid');
      else internals.states.delete('user-invalid');
    } catch {
      // no custom states here
    }
  }

  #changed(): void {
    this.sync();
    this.#host.requestUpdate();
  }
}
