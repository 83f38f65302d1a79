// Shared by the in-page benches (render.js, memory.js): one fully configured appeal.

/** Every attribute an outlet would set on a real appeal. */
export const APPEAL_ATTRIBUTES = {
  campaign: 'bench',
  org: 'The Moscow Times',
  variant: 'inline',
  locale: 'en',
  currency: 'USD',
  amounts: '2,5,10,25',
  frequencies: 'monthly,one-off',
  frequency: 'monthly',
  'default-amount': '5',
  'custom-amount': '',
  'min-amount': '1',
  'max-amount': '10000',
  'checkout-url':
    'https://donate.example.org/checkout?amount={amount}&currency={currency}&frequency={frequency}&campaign={campaign}&lang={locale}',
  'snooze-days': '1,7,30',
  dismissible: '',
  'dismiss-days': '30',
};

const PARAGRAPHS = [
  'Dear readers,',
  'We are facing unprecedented challenges. Russia’s Prosecutor General’s Office has designated The Moscow Times as an “undesirable” organization, criminalizing our work and putting our staff at risk of prosecution.',
  'These actions are direct attempts to silence independent journalism in Russia.',
  'Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2.',
];

/** The site's own light-DOM content of the appeal (heading slot and message), same in both builds. */
export function appendSiteContent(host) {
  const heading = document.createElement('span');
  heading.slot = 'heading';
  heading.textContent = 'A Message from The Moscow Times';
  host.append(heading);
  for (const text of PARAGRAPHS) {
    const p = document.createElement('p');
    p.textContent = text;
    host.append(p);
  }
}

/** A store that answers at once from memory: render and memory figures exclude storage I/O. */
export function memoryStore() {
  const records = new Map();
  return {
    mode: 'persistent',
    now: () => Date.now(), // the elements take their time from the store
    read: (campaign) => Promise.resolve(records.get(campaign) ?? null),
    update: (campaign, change) => {
      const next = change(records.get(campaign) ?? null);
      records.set(campaign, next);
      return Promise.resolve(next);
    },
    subscribe: () => () => {},
    onError: () => () => {},
  };
}

/**
 * Creates the appeal, configured, with its content; resolves when it is shown and fully
 * rendered. Lit renders the elements inside the appeal in microtasks queued while the
 * appeal's own update commits, so they are done when its `updateComplete` resolves (a test
 * in test/elements pins this); the check below makes the bench fail rather than time a
 * half-rendered appeal if that ever changes. No task or frame passes.
 */
export async function mountAppeal(stage, store) {
  const appeal = document.createElement('support-appeal');
  for (const [name, value] of Object.entries(APPEAL_ATTRIBUTES)) appeal.setAttribute(name, value);
  appeal.store = store;
  appendSiteContent(appeal);
  const shown = new Promise((resolve, reject) => {
    appeal.addEventListener('support-show', resolve, { once: true });
    appeal.addEventListener(
      'support-suppress',
      (event) => reject(new Error(`suppressed: ${event.detail.reason}`)),
      { once: true },
    );
  });
  stage.append(appeal);
  await shown;
  await appeal.updateComplete;
  const inner = appeal.shadowRoot.querySelectorAll('support-amounts, support-remind-later');
  if (appeal.isUpdatePending || inner.length !== 2 || [...inner].some((e) => e.isUpdatePending))
    throw new Error('the appeal was not fully rendered at updateComplete');
  return appeal;
}
