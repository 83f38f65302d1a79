/**
 * JSX types for React 19 users: `<support-appeal>`, `<support-amounts>` and
 * `<support-remind-later>` with their attributes, properties and events.
 *
 *   import type {} from '@support-kit/elements/react-jsx';   // once, anywhere in the app
 *
 * React 19 sets a prop as a property when the element has one (`currency`, `amounts`,
 * `store`, …) and as an attribute otherwise (`checkout-url`, `default-amount`, …), and adds an
 * event listener for `on` + the event name: `onsupport-checkout={(event) => …}`. The handler
 * gets the typed event (`event.detail`); `support-checkout` is cancelable.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  SupportAmountChangeEvent,
  SupportAmounts,
  SupportAppeal,
  SupportCheckoutEvent,
  SupportDismissEvent,
  SupportRemindLater,
  SupportShowEvent,
  SupportSnoozeEvent,
  SupportStorageErrorEvent,
  SupportSuppressEvent,
  SupportViewEvent,
} from '@support-kit/elements';

type Frequency = 'monthly' | 'one-off' | 'annual';
type Handler<E extends Event> = (event: E) => void;
type Base<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** Attributes and properties of `<support-amounts>` shared with `<support-appeal>`. */
interface AmountProps {
  /** Presets: `2,5,10,25`, or per frequency `monthly: 2,5,10; one-off: 10,25,50`. */
  amounts?: string;
  /** Frequencies offered: `monthly,one-off,annual`. */
  frequencies?: string;
  frequency?: Frequency;
  'default-amount'?: string | number;
  'min-amount'?: string | number;
  'max-amount'?: string | number;
  'custom-amount'?: boolean;
  /** ISO 4217 code. */
  currency?: string;
  /** BCP 47 language tag. */
  locale?: string;
  'onsupport-amount-change'?: Handler<SupportAmountChangeEvent>;
}

export interface SupportAppealProps extends Base<SupportAppeal>, AmountProps {
  campaign?: string;
  org?: string;
  variant?: 'inline' | 'banner' | 'modal';
  /** URL template: `{amount}` `{currency}` `{frequency}` `{campaign}` `{locale}`. */
  'checkout-url'?: string;
  /** Days, or a back-off list `1,7,30`. */
  'snooze-days'?: string | number;
  dismissible?: boolean;
  'dismiss-days'?: string | number;
  supporter?: boolean;
  'max-views'?: string | number;
  'view-window-days'?: string | number;
  'no-storage'?: 'show' | 'hide';
  'heading-level'?: string | number;
  'close-label'?: string;
  'minimize-label'?: string;
  /** Property: the store of the reader's state (default: the page's shared store). */
  store?: SupportAppeal['store'];
  'onsupport-show'?: Handler<SupportShowEvent>;
  'onsupport-view'?: Handler<SupportViewEvent>;
  'onsupport-suppress'?: Handler<SupportSuppressEvent>;
  'onsupport-checkout'?: Handler<SupportCheckoutEvent>;
  'onsupport-snooze'?: Handler<SupportSnoozeEvent>;
  'onsupport-dismiss'?: Handler<SupportDismissEvent>;
  'onsupport-storage-error'?: Handler<SupportStorageErrorEvent>;
}

export interface SupportAmountsProps extends Base<SupportAmounts>, AmountProps {
  /** Form field name; the frequency is submitted as `{name}-frequency`. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  'hide-legend'?: boolean;
  /** Overrides of the built-in strings: an object (property) or JSON. */
  messages?: SupportAmounts['messages'];
}

export interface SupportRemindLaterProps extends Base<SupportRemindLater> {
  /** Snooze length in days, as a string (e.g. `"3"`). */
  days?: string;
  campaign?: string;
  locale?: string;
  store?: SupportRemindLater['store'];
  'onsupport-snooze'?: Handler<SupportSnoozeEvent>;
  'onsupport-storage-error'?: Handler<SupportStorageErrorEvent>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'support-appeal': SupportAppealProps;
      'support-amounts': SupportAmountsProps;
      'support-remind-later': SupportRemindLaterProps;
    }
  }
}
