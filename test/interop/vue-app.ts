/**
 * A small Vue 3 app that uses the kit the way a site's Vue code would: a template with
 * `:prop` bindings (Vue sets a property when the element has one), `.prop` to force one,
 * `@support-checkout` listeners, and `compilerOptions.isCustomElement` so Vue leaves the tags
 * to the browser. Bundled with Vue (and its template compiler) by scripts/wtr-interop-plugin.mjs.
 */
import { createApp, ref } from 'vue';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore } from '@support-kit/core';
import type {
  AmountChoice,
  SupportAmountChangeEvent,
  SupportCheckoutEvent,
} from '@support-kit/elements';

const template = `
  <main>
    <button id="euros" type="button" @click="currency = 'EUR'">Euros</button>
    <button id="presets" type="button" @click="amounts = '3,6,9'">Other presets</button>
    <button id="one-off" type="button" @click="frequency = 'one-off'">One-off</button>
    <support-appeal
      :campaign="campaign"
      .store="store"
      org="The Vue Times"
      :currency="currency"
      :amounts="amounts"
      frequencies="monthly,one-off"
      checkout-url="https://donate.example/give?amount={amount}&currency={currency}&frequency={frequency}"
      @support-amount-change="appealChoice = $event.detail"
      @support-checkout="onCheckout"
    >
      <span slot="heading">Support The Vue Times</span>
      <p>Rendered by Vue {{ currency === 'EUR' ? 'in euros' : 'in dollars' }}.</p>
    </support-appeal>
    <form @submit.prevent="onSubmit">
      <support-amounts
        name="gift"
        :currency="currency"
        :amounts="amounts"
        frequencies="monthly,one-off"
        :frequency="frequency"
        @support-amount-change="onAmountChange"
      ></support-amounts>
      <button id="submit" type="submit">Give</button>
    </form>
    <output id="choice">{{ show(choice) }}</output>
    <output id="appeal-choice">{{ show(appealChoice) }}</output>
    <output id="checkout">{{ checkout }}</output>
    <output id="submitted">{{ submitted }}</output>
  </main>
`;

/** Mounts the app into `container`; returns its unmount. */
export function mountVueApp(container: HTMLElement, campaign: string): () => void {
  const app = createApp({
    template,
    setup() {
      const choice = ref<AmountChoice | null>(null);
      const appealChoice = ref<AmountChoice | null>(null);
      const checkout = ref('');
      const submitted = ref('');
      return {
        campaign,
        store: new SnoozeStore({ channelName: `vue-${campaign}` }),
        currency: ref('USD'),
        amounts: ref('2,5,10'),
        frequency: ref('monthly'),
        choice,
        appealChoice,
        checkout,
        submitted,
        show: (c: AmountChoice | null) => (c ? `${c.amount} ${c.currency} ${c.frequency}` : ''),
        onAmountChange: (event: SupportAmountChangeEvent) => {
          choice.value = event.detail;
        },
        onCheckout: (event: SupportCheckoutEvent) => {
          event.preventDefault(); // the site's own payment flow
          checkout.value = `${event.detail.amount} ${event.detail.currency} ${event.detail.url}`;
        },
        onSubmit: (event: SubmitEvent) => {
          const data = new FormData(event.target as HTMLFormElement);
          submitted.value = JSON.stringify(Object.fromEntries(data));
        },
      };
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('support-');
  app.mount(container);
  return () => app.unmount();
}
