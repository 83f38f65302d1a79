// One suite for every framework app (react-app.tsx, vue-app.ts): the same page, the same
// reader, the same expectations — only the framework that renders it differs.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import type { SupportAmounts } from '../../packages/elements/src/amounts/SupportAmounts.js';
import { click, uniqueCampaign } from '../elements/support-appeal.helpers.js';

type Mount = (container: HTMLElement, campaign: string) => () => void;

const presetLabels = (amounts: Element) =>
  [...amounts.shadowRoot!.querySelectorAll('[part~="preset"]')].map((face) =>
    face.textContent!.trim(),
  );
const preset = (amounts: Element, value: string) =>
  amounts.shadowRoot!.querySelector(`input[name="amount"][value="${value}"]`)!.closest('label')!;
const text = (root: ParentNode, selector: string) => root.querySelector(selector)!.textContent!;

export function describeFrameworkApp(framework: string, org: string, mount: Mount) {
  describe(`${framework}: the kit inside an app`, () => {
    let container: HTMLElement;
    let unmount: () => void;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

    beforeEach(async () => {
      errors.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      container = document.createElement('div');
      document.body.append(container);
      unmount = mount(container, uniqueCampaign(framework.replace(/\W/g, '')));
      await waitUntil(() => appeal().state === 'shown', 'the appeal never showed', {
        timeout: 4000,
      });
      await appeal().updateComplete;
      await amounts().updateComplete;
      await nextFrame();
    });
    afterEach(() => {
      unmount();
      container.remove();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(errors, 'uncaught errors').to.deep.equal([]);
    });

    const appeal = () => container.querySelector<SupportAppeal>('support-appeal')!;
    const amounts = () => container.querySelector<SupportAmounts>('form support-amounts')!;
    const appealAmounts = () => appeal().shadowRoot!.querySelector('support-amounts')!;
    const cta = () => appeal().shadowRoot!.querySelector<HTMLAnchorElement>('[part~="cta"]')!;
    const ctaParams = () => new URL(cta().href).searchParams;

    it('renders both elements from state, slotted content included', () => {
      const heading = appeal().shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(
        heading
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal(`Support ${org}`);
      const body = appeal().shadowRoot!.querySelector<HTMLSlotElement>('.body slot')!;
      expect(body.assignedElements()[0]!.textContent).to.match(/in dollars/);
      expect(presetLabels(appealAmounts())).to.deep.equal(['$2', '$5', '$10']);
      expect(presetLabels(amounts())).to.deep.equal(['$2', '$5', '$10']);
      expect(ctaParams().get('amount')).to.equal('5');
      expect(ctaParams().get('currency')).to.equal('USD');
      // An object prop arrived as a property (the app's own store), not as an attribute.
      expect(appeal().store?.read).to.be.a('function');
      expect(appeal().hasAttribute('store')).to.equal(false);
    });

    it('re-renders when the app changes a property or attribute', async () => {
      await click(container.querySelector('#euros')!);
      await waitUntil(() => appeal().currency === 'EUR', 'currency never reached the appeal');
      await appeal().updateComplete;
      await appealAmounts().updateComplete;
      await amounts().updateComplete;
      expect(presetLabels(appealAmounts())).to.deep.equal(['€2', '€5', '€10']);
      expect(presetLabels(amounts())).to.deep.equal(['€2', '€5', '€10']);
      expect(ctaParams().get('currency')).to.equal('EUR');
      const body = appeal().shadowRoot!.querySelector<HTMLSlotElement>('.body slot')!;
      expect(body.assignedElements()[0]!.textContent).to.match(/in euros/);

      await click(container.querySelector('#presets')!);
      await waitUntil(() => presetLabels(amounts()).join() === '€3,€6,€9', 'presets unchanged');
      await appealAmounts().updateComplete;
      expect(presetLabels(appealAmounts())).to.deep.equal(['€3', '€6', '€9']);

      await click(container.querySelector('#one-off')!);
      await waitUntil(() => amounts().frequency === 'one-off', 'frequency unchanged');
      await amounts().updateComplete;
      const checked = amounts().shadowRoot!.querySelector<HTMLInputElement>(
        'input[name="frequency"]:checked',
      )!;
      expect(checked.value).to.equal('one-off');
    });

    it("hears support-amount-change and support-checkout through the framework's event syntax", async () => {
      await click(preset(amounts(), '10'));
      await waitUntil(() => text(container, '#choice') === '10 USD monthly', 'no amount change');

      await click(preset(appealAmounts(), '2'));
      await waitUntil(
        () => text(container, '#appeal-choice') === '2 USD monthly',
        'no amount change from the appeal',
      );
      await waitUntil(() => ctaParams().get('amount') === '2', 'CTA not updated');
      await click(cta());
      await waitUntil(() => text(container, '#checkout') !== '', 'no checkout');
      expect(text(container, '#checkout')).to.equal(
        '2 USD https://donate.example/give?amount=2&currency=USD&frequency=monthly',
      );
      expect(location.pathname).to.equal('/'); // the handler's preventDefault kept us here
    });

    it('submits the chosen amount and frequency with the form', async () => {
      await click(preset(amounts(), '10'));
      await click(container.querySelector('#submit')!);
      await waitUntil(() => text(container, '#submitted') !== '', 'form not submitted');
      expect(JSON.parse(text(container, '#submitted'))).to.deep.equal({
        gift: '10',
        'gift-frequency': 'monthly',
      });
    });

    it('unmounts cleanly', async () => {
      unmount();
      unmount = () => {};
      await nextFrame();
      expect(container.querySelectorAll('support-appeal, support-amounts')).to.have.length(0);
    });
  });
}
