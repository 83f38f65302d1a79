// A shared suite for the kit's form-associated elements: what a form and its reader see of
// them (value, reset, restore, validity, disabling, events, focus, when a message shows),
// asserted the same way for each, with real clicks and keys, as the peers' own form suites do
// (Shoelace's runFormControlBaseTests, Web Awesome's, Lion's). Element suites call it with a
// factory that says how their element is set up, changed and made invalid.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, deepFocus, isVisible } from './support-appeal.helpers.js';

/** What every form-associated element of the kit offers, as a native control does. */
export interface FormControl extends HTMLElement {
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  updateComplete: Promise<unknown>;
}

type Entries = Array<[string, string]>;

export interface FormControlFactory<T extends FormControl> {
  /**
   * A `<form>` holding the element and then a submit `<button>`, rendered; `required`: the
   * element must have a value.
   */
  create(options?: { required?: boolean }): Promise<{ form: HTMLFormElement; el: T }>;
  /** What the form submits for the element's default state. */
  defaultEntries: Entries;
  /** Changes the value as a reader would. */
  change(el: T): Promise<void>;
  /** What the form submits after `change`. */
  changedEntries: Entries;
  /** The reader picks another option with one click (not the first option). */
  pick(el: T): Promise<void>;
  /** What the form submits after `pick`. */
  pickedEntries: Entries;
  /** A state the browser saved (`setFormValue`'s second argument), and what it submits. */
  savedState: string;
  restoredEntries: Entries;
  /** Leaves the element without a value (with `required`, it is then `valueMissing`). */
  clear(el: T): Promise<void>;
  /** The message for `valueMissing`. */
  requiredMessage: string;
  /** Asserts what a reader sees of the default state (checked option, empty inputs). */
  seesDefault(el: T): void;
  /** Renders the element's pending changes. */
  settle(el: T): Promise<void>;
  /** Every control a reader can use inside the element. */
  controls(el: T): HTMLElement[];
  /** The control that holds the value: where focus belongs. */
  checked(el: T): HTMLElement;
  /** The first control in the element, where the browser sends focus when it is not told. */
  first(el: T): HTMLElement;
  /** A part that is not a control and that a reader may click: the legend. */
  legend(el: T): Element;
  /** The text field of the element; Enter in it submits the form. */
  textField(el: T): HTMLInputElement;
  /** Text for the text field that is valid, what the form then submits, and text that is not. */
  validText: string;
  validEntries: Entries;
  invalidText: string;
  invalidMessage: string;
  /** The validation message the reader sees ('' when none). */
  message(el: T): string;
}

const entries = (form: HTMLFormElement) => [...new FormData(form)].map(([k, v]) => [k, String(v)]);

/** Collects what the form submits, keeping the page. */
function submissions(form: HTMLFormElement) {
  const submitted: Array<{ entries: string[][]; submitter: HTMLElement | null }> = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push({ entries: entries(form), submitter: event.submitter });
  });
  return submitted;
}

/** Stubs console.error for the length of a run: an invalid submit must log nothing. */
async function withoutErrors(run: () => Promise<void>) {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  expect(errors).to.deep.equal([]);
}

/**
 * Types text one key at a time: WebDriver (WebKit) presses a whole string's keys together,
 * which drops repeated characters.
 */
async function type(text: string) {
  for (const key of text) await sendKeys({ type: key });
}

/** Replaces the text of a field as a reader does: click into it, select all, type. */
async function retype(field: HTMLInputElement, text: string) {
  await click(field);
  field.select();
  await type(text);
}

const blur = () => (document.activeElement as HTMLElement | null)?.blur();

export function formControlSuite<T extends FormControl>(
  tag: string,
  factory: FormControlFactory<T>,
): void {
  const { settle } = factory;
  const userInvalid = (el: T) => el.matches(':state(user-invalid)');
  const submitButton = (form: HTMLFormElement) => form.querySelector('button')!;
  const disabledCount = (el: T) =>
    factory.controls(el).filter((c) => c.matches(':disabled')).length;
  const allDisabled = (el: T) => {
    expect(factory.controls(el).length).to.be.greaterThan(0);
    expect(disabledCount(el), 'disabled options').to.equal(factory.controls(el).length);
  };
  const noneDisabled = (el: T) => expect(disabledCount(el), 'disabled options').to.equal(0);

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
      await settle(el);
      expect(entries(form)).to.deep.equal(factory.defaultEntries);
      factory.seesDefault(el);
    });

    it('restores a saved state, and keeps its state for one that is not its own', async () => {
      const { form, el } = await factory.create();
      el.formStateRestoreCallback(factory.savedState);
      await settle(el);
      expect(entries(form)).to.deep.equal(factory.restoredEntries);
      el.formStateRestoreCallback('not json');
      await settle(el);
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
      expect(el.validationMessage).to.equal(factory.requiredMessage);
    });

    describe('disabled', () => {
      it('by the property, the attribute or a fieldset, toggled either way', async () => {
        // React 19 sets `disabled` as a property: disabled={busy} going true → false.
        const { form, el } = await factory.create();
        el.disabled = true;
        await settle(el);
        expect(el.matches(':disabled')).to.equal(true);
        allDisabled(el);
        expect(entries(form)).to.deep.equal([]);
        el.disabled = false;
        await settle(el);
        expect(el.hasAttribute('disabled')).to.equal(false);
        noneDisabled(el);
        await factory.pick(el);
        expect(entries(form)).to.deep.equal(factory.pickedEntries);

        // The attribute, then the property.
        el.setAttribute('disabled', '');
        await settle(el);
        expect(el.disabled).to.equal(true);
        allDisabled(el);
        el.disabled = false;
        await settle(el);
        noneDisabled(el);

        // A fieldset, toggled either way; with both, enabled once both let go.
        const fieldset = document.createElement('fieldset');
        form.prepend(fieldset);
        fieldset.append(el);
        form.reset();
        await settle(el);
        fieldset.disabled = true;
        await settle(el);
        allDisabled(el);
        expect(entries(form)).to.deep.equal([]);
        fieldset.disabled = false;
        await settle(el);
        noneDisabled(el);
        await factory.pick(el);
        expect(entries(form)).to.deep.equal(factory.pickedEntries);
        fieldset.disabled = true;
        el.disabled = true;
        await settle(el);
        el.disabled = false; // the fieldset still disables it
        await settle(el);
        expect(el.matches(':disabled')).to.equal(true);
        allDisabled(el);
        fieldset.disabled = false;
        await settle(el);
        noneDisabled(el);
      });
    });

    describe('validity', () => {
      it('setCustomValidity() blocks submit, shows its message and survives a pick until cleared', async () => {
        const { form, el } = await factory.create();
        const submitted = submissions(form);
        expect([...form.elements]).to.include(el);
        const declined = 'This amount was declined. Choose another.';
        el.setCustomValidity(declined);
        expect(el.validity.customError).to.equal(true);
        expect(el.validity.valid).to.equal(false);
        expect(el.validationMessage).to.equal(declined);
        expect(el.checkValidity()).to.equal(false);
        await settle(el);
        expect(factory.message(el), 'silent until reported').to.equal('');

        await withoutErrors(async () => {
          await click(submitButton(form));
          await settle(el);
        });
        expect(submitted).to.have.length(0);
        expect(factory.message(el)).to.equal(declined);

        await factory.pick(el);
        await settle(el);
        expect(el.validity.customError, 'survives the pick').to.equal(true);
        expect(factory.message(el)).to.equal(declined);
        await click(submitButton(form));
        expect(submitted).to.have.length(0);

        // Generic code that clears every control of a form.
        for (const control of form.elements) {
          (control as Partial<FormControl>).setCustomValidity?.('');
        }
        await settle(el);
        expect(el.validity.valid).to.equal(true);
        expect(el.validationMessage).to.equal('');
        expect(factory.message(el)).to.equal('');
        await click(submitButton(form));
        expect(submitted.map((each) => each.entries)).to.deep.equal([factory.pickedEntries]);
      });

      it('ignores a custom error while disabled', async () => {
        const { form, el } = await factory.create();
        const submitted = submissions(form);
        el.setCustomValidity('Not now.');
        el.reportValidity();
        await settle(el);
        expect(factory.message(el)).to.equal('Not now.');
        el.disabled = true;
        await settle(el);
        expect(el.willValidate).to.equal(false);
        expect(el.checkValidity()).to.equal(true);
        expect(factory.message(el)).to.equal('');
        expect(userInvalid(el)).to.equal(false);
        await click(submitButton(form));
        expect(submitted).to.have.length(1);
      });

      it('checkValidity(), of the element or its form, shows nothing; reportValidity() does', async () => {
        const { form, el } = await factory.create({ required: true });
        await factory.clear(el);
        // A site that re-checks its form as the reader goes.
        expect(form.checkValidity()).to.equal(false);
        expect(el.checkValidity()).to.equal(false);
        await settle(el);
        expect(factory.message(el)).to.equal('');
        expect(userInvalid(el)).to.equal(false);

        expect(form.reportValidity()).to.equal(false);
        await settle(el);
        expect(factory.message(el)).to.equal(factory.requiredMessage);
        expect(userInvalid(el)).to.equal(true);
      });

      it('matches :state(user-invalid) only once the reader left an invalid value, styled by the site', async () => {
        const { form, el } = await factory.create();
        const style = document.createElement('style');
        style.textContent = `${tag}:state(user-invalid) { outline: 3px solid rgb(200, 0, 0); }`;
        form.append(style);
        const outlined = () => getComputedStyle(el).outlineStyle === 'solid';
        const field = factory.textField(el);
        await retype(field, factory.invalidText);
        await settle(el);
        expect(el.validity.valid).to.equal(false);
        expect(userInvalid(el), 'while typing').to.equal(false);
        expect(factory.message(el)).to.equal('');
        await sendKeys({ press: 'Tab' }); // leaves the field
        await settle(el);
        expect(userInvalid(el)).to.equal(true);
        expect(outlined()).to.equal(true);
        expect(factory.message(el)).to.equal(factory.invalidMessage);
        await factory.pick(el);
        await settle(el);
        expect(userInvalid(el)).to.equal(false);
        expect(outlined()).to.equal(false);
        form.reset();
        await settle(el);
        expect(userInvalid(el)).to.equal(false);
      });

      it('blocks submission while invalid, shows why and marks it user-invalid', async () => {
        const { form, el } = await factory.create({ required: true });
        const submitted = submissions(form);
        await factory.clear(el);
        expect(userInvalid(el)).to.equal(false);
        form.requestSubmit();
        await settle(el);
        expect(submitted).to.have.length(0);
        expect(factory.message(el)).to.equal(factory.requiredMessage);
        expect(userInvalid(el)).to.equal(true);
        const error = [...el.shadowRoot!.querySelectorAll('[part~="error"]')][0]!;
        expect(isVisible(error)).to.equal(true);

        await factory.pick(el);
        await settle(el);
        expect(factory.message(el)).to.equal('');
        expect(userInvalid(el)).to.equal(false);
        form.requestSubmit();
        expect(submitted.map((each) => each.entries)).to.deep.equal([factory.pickedEntries]);
      });

      it('clicking submit with an invalid text focuses the field, shows why and logs nothing', async () => {
        const { form, el } = await factory.create();
        const submitted = submissions(form);
        await retype(factory.textField(el), factory.invalidText);
        await settle(el);
        await withoutErrors(async () => {
          await click(submitButton(form));
          await settle(el);
        });
        expect(submitted).to.have.length(0);
        expect(document.activeElement).to.equal(el);
        expect(deepFocus()).to.equal(factory.textField(el));
        expect(factory.message(el)).to.equal(factory.invalidMessage);
      });

      it('pressing Enter on submit with no value focuses the first option and shows why', async () => {
        const { form, el } = await factory.create({ required: true });
        const submitted = submissions(form);
        await factory.clear(el);
        submitButton(form).focus();
        await withoutErrors(async () => {
          await sendKeys({ press: 'Enter' });
          await settle(el);
        });
        expect(submitted).to.have.length(0);
        expect(document.activeElement).to.equal(el);
        expect(deepFocus()).to.equal(factory.first(el));
        expect(factory.message(el)).to.equal(factory.requiredMessage);
      });

      it('reportValidity() shows the message and focuses the invalid field', async () => {
        const { el } = await factory.create();
        await retype(factory.textField(el), factory.invalidText);
        blur();
        expect(el.reportValidity()).to.equal(false);
        await settle(el);
        expect(factory.message(el)).to.equal(factory.invalidMessage);
        expect(deepFocus()).to.equal(factory.textField(el));
      });
    });

    describe('the reader', () => {
      it('Enter in the text field submits the form, unless the keydown was cancelled or the value is invalid', async () => {
        const { form, el } = await factory.create();
        const submitted = submissions(form);
        const field = factory.textField(el);
        await retype(field, factory.validText);
        let submit = oneEvent(form, 'submit');
        await sendKeys({ press: 'Enter' });
        await submit;
        expect(submitted.map((each) => each.entries)).to.deep.equal([factory.validEntries]);
        expect(submitted[0]!.submitter, 'through the default button').to.equal(submitButton(form));

        // A site that handles Enter itself cancels the keydown, as for a native field.
        const cancel = (event: KeyboardEvent) => event.preventDefault();
        el.addEventListener('keydown', cancel);
        await sendKeys({ press: 'Enter' });
        el.removeEventListener('keydown', cancel);
        submit = oneEvent(form, 'submit');
        await sendKeys({ press: 'Enter' });
        await submit;
        expect(submitted, 'only the Enter that was not cancelled').to.have.length(2);

        // Invalid: blocked the native way, with the message and focus on the field.
        await retype(field, factory.invalidText);
        const invalid = oneEvent(el, 'invalid');
        await withoutErrors(async () => {
          await sendKeys({ press: 'Enter' });
          await invalid;
          await settle(el);
        });
        expect(submitted).to.have.length(2);
        expect(factory.message(el)).to.equal(factory.invalidMessage);
        expect(deepFocus()).to.equal(field);
      });

      it('fires change at the element when it commits a choice, and input as it goes', async () => {
        const { form, el } = await factory.create();
        const seen: Array<{ type: string; target: EventTarget | null; entries: string[][] }> = [];
        const changes: Event[] = [];
        for (const type of ['input', 'change']) {
          form.addEventListener(type, (event) => {
            seen.push({ type, target: event.target, entries: entries(form) });
            if (type === 'change') changes.push(event);
          });
        }
        await factory.pick(el);
        expect(seen.map((each) => each.type)).to.deep.equal(['input', 'change']);
        expect(seen.every((each) => each.target === el)).to.equal(true);
        expect(seen[1]!.entries, 'the new value is in place').to.deep.equal(factory.pickedEntries);
        expect(changes[0]!.bubbles).to.equal(true);
        expect(changes[0]!.composed, 'like a native change').to.equal(false);

        // Typing fires input; leaving the field commits it.
        seen.length = 0;
        await retype(factory.textField(el), factory.validText);
        expect(seen.length).to.be.at.least(1);
        expect(seen.every((each) => each.type === 'input' && each.target === el)).to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(seen.at(-1)!.type).to.equal('change');
        expect(seen.at(-1)!.entries).to.deep.equal(factory.validEntries);

        // A change from script fires nothing.
        seen.length = 0;
        await factory.clear(el);
        expect(seen).to.deep.equal([]);
      });

      it('clicking the legend or the site’s <label for> focuses the checked option', async () => {
        const { form, el } = await factory.create();
        await factory.pick(el);
        el.id = 'form-control-under-test';
        const label = document.createElement('label');
        label.htmlFor = el.id;
        label.textContent = 'Your gift';
        form.prepend(label);
        blur();
        await click(label);
        expect(document.activeElement).to.equal(el);
        expect(deepFocus()).to.equal(factory.checked(el));

        blur();
        await click(factory.legend(el));
        expect(deepFocus()).to.equal(factory.checked(el));
        // Space on the checked option keeps the value.
        await sendKeys({ press: ' ' });
        await settle(el);
        expect(entries(form)).to.deep.equal(factory.pickedEntries);
      });
    });
  });
}
