/**
 * A small React 19 app that uses the kit the way a site's React code would: JSX with the
 * kit's typings, state-driven props, React's own `on<event>` syntax for the custom events, and
 * a form. Bundled with React by scripts/wtr-interop-plugin.mjs (test/interop/react.test.ts).
 */
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type {} from '@support-kit/elements/react-jsx';
import '@support-kit/elements/support-appeal.js';
import { SnoozeStore } from '@support-kit/core';
import type { AmountChoice } from '@support-kit/elements';

interface AppProps {
  campaign: string;
  store: SnoozeStore;
}

function App({ campaign, store }: AppProps) {
  const [currency, setCurrency] = useState('USD');
  const [amounts, setAmounts] = useState('2,5,10');
  const [frequency, setFrequency] = useState<'monthly' | 'one-off'>('monthly');
  const [choice, setChoice] = useState<AmountChoice | null>(null);
  const [appealChoice, setAppealChoice] = useState<AmountChoice | null>(null);
  const [checkout, setCheckout] = useState('');
  const [submitted, setSubmitted] = useState('');
  const show = (c: AmountChoice | null) => (c ? `${c.amount} ${c.currency} ${c.frequency}` : '');

  return (
    <main>
      <button id="euros" type="button" onClick={() => setCurrency('EUR')}>
        Euros
      </button>
      <button id="presets" type="button" onClick={() => setAmounts('3,6,9')}>
        Other presets
      </button>
      <button id="one-off" type="button" onClick={() => setFrequency('one-off')}>
        One-off
      </button>
      <support-appeal
        campaign={campaign}
        store={store}
        org="The React Times"
        currency={currency}
        amounts={amounts}
        frequencies="monthly,one-off"
        checkout-url="https://donate.example/give?amount={amount}&currency={currency}&frequency={frequency}"
        onsupport-amount-change={(event) => setAppealChoice(event.detail)}
        onsupport-checkout={(event) => {
          event.preventDefault(); // the site's own payment flow
          setCheckout(`${event.detail.amount} ${event.detail.currency} ${event.detail.url}`);
        }}
      >
        <span slot="heading">Support The React Times</span>
        <p>Rendered by React {currency === 'EUR' ? 'in euros' : 'in dollars'}.</p>
      </support-appeal>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setSubmitted(JSON.stringify(Object.fromEntries(data)));
        }}
      >
        <support-amounts
          name="gift"
          currency={currency}
          amounts={amounts}
          frequencies="monthly,one-off"
          frequency={frequency}
          onsupport-amount-change={(event) => setChoice(event.detail)}
        />
        <button id="submit" type="submit">
          Give
        </button>
      </form>
      <output id="choice">{show(choice)}</output>
      <output id="appeal-choice">{show(appealChoice)}</output>
      <output id="checkout">{checkout}</output>
      <output id="submitted">{submitted}</output>
    </main>
  );
}

/** Renders the app into `container` (synchronously); returns its unmount. */
export function mountReactApp(container: HTMLElement, campaign: string): () => void {
  const root = createRoot(container);
  const store = new SnoozeStore({ channelName: `react-${campaign}` });
  flushSync(() =>
    root.render(
      <StrictMode>
        <App campaign={campaign} store={store} />
      </StrictMode>,
    ),
  );
  return () => root.unmount();
}

/** Never called: the JSX typings reject what the elements would not accept. */
export function typingsRejectMistakes() {
  return (
    <>
      {/* @ts-expect-error: variant is inline, banner or modal */}
      <support-appeal variant="sideways" />
      {/* @ts-expect-error: the handler gets a SupportCheckoutEvent, whose detail has no `foo` */}
      <support-appeal onsupport-checkout={(event) => event.detail.foo} />
      {/* @ts-expect-error: days is a string */}
      <support-remind-later days={7} />
      <support-remind-later days="7" onsupport-snooze={(event) => event.detail.until} />
    </>
  );
}
