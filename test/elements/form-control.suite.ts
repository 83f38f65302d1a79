// A shared suite for the kit's form-associated elements: what a form sees of them (value,
// reset, restore, validity), asserted the same way for each. Element suites call it with a
// factory that says how their element is set up, changed and made invalid.
import { expect } from '@open-wc/testing';

/** What every form-associated element of the kit offers, as a native control does. */
export interface FormControl extends HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  updateComplete: Promise<unknown>;
}

type Entries = Array<[string, string]>;

export interface FormControlFactory<T extends FormControl> {
  /** A `<form>` holding the element, rendered; `required`: the element must have a value. */
  create(options?: { required?: boolean }): Promise<{ form: HTMLFormElement; el: T }>;
  /** What the form submits for the element's default state. */
  defaultEntries: Entries;
  /** Changes the value as a reader would. */
  change(el: T): Promise<void>;
  /** What the form submits after `change`. */
  changedEntries: Entries;
  /** A state the browser saved (`setFormValue`'s second argument), and what it submits. */
  savedState: string;
  restoredEntries: Entries;
  /** Leaves the element without a value (with `required`, it is then `valueMissing`). */
  clear(el: T): Promise<void>;
  /** Asserts what a reader sees of the default state (checked option, empty inputs). */
  seesDefault(el: T): void;
  /** Renders the element's pending changes. */
  settle(el: T): Promise<void>;
}

const entries = (form: HTMLFormElement) => [...new FormData(form)].map(([k, v]) => [k, String(v)]);

export function formControlSuite<T extends FormControl>(
  tag: string,
  factory: FormControlFactory<T>,
): void {
  describe(`<${tag}> as a form control`, () => {
    it('submits its value under its name, and the changed value once changed', async () => {
      const { form, el } = await factory.create();
      expect(el.form).to.equal(form);
      expect(entries(form)).to.deep.equal(factory.defaultEntries);
      await factory.change(el);
      expect(entries(form)).to.deep.equal(factory.changedEntries);
    });

    it('resets to its default value with the form', async () => {
      const { form, el } = await factory.create();
      await factory.change(el);
      form.reset();
      await factory.settle(el);
      expect(entries(form)).to.deep.equal(factory.defaultEntries);
      factory.seesDefault(el);
    });

    it('restores a saved state, and keeps its state for one that is not its own', async () => {
      const { form, el } = await factory.create();
      el.formStateRestoreCallback(factory.savedState);
      await factory.settle(el);
      expect(entries(form)).to.deep.equal(factory.restoredEntries);
      el.formStateRestoreCallback('not json');
      await factory.settle(el);
      expect(entries(form)).to.deep.equal(factory.restoredEntries);
    });

    it('is valid with a value, and valueMissing without one when required', async () => {
      const { el } = await factory.create({ required: true });
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      await factory.clear(el);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
    });
  });
}
