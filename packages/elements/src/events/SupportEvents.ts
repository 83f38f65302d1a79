/**
 * Every support-kit event: one typed class each, all `bubbles: true, composed: true`, so a
 * site wires analytics once, on `document`, whatever shadow roots the elements sit in.
 */
import type { Frequency, StorageErrorDetail, SuppressReason } from '@support-kit/core';

const PUBLIC: EventInit = { bubbles: true, composed: true };

/**
 * In the detail of every event of an appeal in an experiment (`experiment="NAME"`): the
 * experiment and the reader's group, so one listener on `document` feeds any analytics tool.
 */
export interface ExperimentDetail {
  experiment?: string;
  group?: string;
  /** True when the group is previewed through `?support-group=NAME:ID` (not the reader's own). */
  preview?: true;
}

export interface AmountChoice {
  /** The chosen amount in major units (2 = $2), or null while "Other amount" is empty or invalid. */
  amount: number | null;
  currency: string;
  frequency: Frequency;
}

/** The reader picked another amount or frequency (never fired for programmatic changes). */
export class SupportAmountChangeEvent extends Event {
  static readonly type = 'support-amount-change';
  constructor(readonly detail: AmountChoice & ExperimentDetail) {
    super(SupportAmountChangeEvent.type, PUBLIC);
  }
}

/** The appeal became visible to the reader (its display rules said `show`). */
export class SupportShowEvent extends Event {
  static readonly type = 'support-show';
  constructor(readonly detail: { campaign: string; variant: string } & ExperimentDetail) {
    super(SupportShowEvent.type, PUBLIC);
  }
}

/** At least half of the appeal stayed in the viewport for one second: one impression. */
export class SupportViewEvent extends Event {
  static readonly type = 'support-view';
  constructor(readonly detail: { campaign: string; views: number } & ExperimentDetail) {
    super(SupportViewEvent.type, PUBLIC);
  }
}

/** The appeal will not be shown, and why. */
export class SupportSuppressEvent extends Event {
  static readonly type = 'support-suppress';
  constructor(
    readonly detail: {
      campaign: string;
      reason: SuppressReason;
      until: number | null;
    } & ExperimentDetail,
  ) {
    super(SupportSuppressEvent.type, PUBLIC);
  }
}

/**
 * The reader chose to give. Cancelable: call `preventDefault()` to stop the navigation and
 * open the site's own payment flow with `detail`.
 */
export class SupportCheckoutEvent extends Event {
  static readonly type = 'support-checkout';
  constructor(
    readonly detail: {
      amount: number | null;
      currency: string;
      frequency: Frequency;
      campaign: string;
      url: string | null;
    } & ExperimentDetail,
  ) {
    super(SupportCheckoutEvent.type, { ...PUBLIC, cancelable: true });
  }
}

/** "Remind me later": hidden until `until` (epoch ms); `count` is the n-th snooze. */
export class SupportSnoozeEvent extends Event {
  static readonly type = 'support-snooze';
  constructor(
    readonly detail: { campaign: string; until: number; count: number } & ExperimentDetail,
  ) {
    super(SupportSnoozeEvent.type, PUBLIC);
  }
}

/** The reader closed a `dismissible` appeal; hidden until `until` (epoch ms). */
export class SupportDismissEvent extends Event {
  static readonly type = 'support-dismiss';
  constructor(readonly detail: { campaign: string; until: number } & ExperimentDetail) {
    super(SupportDismissEvent.type, PUBLIC);
  }
}

/** Storage failed (blocked, full, hanging or corrupt); the kit goes on with a weaker store. */
export class SupportStorageErrorEvent extends Event {
  static readonly type = 'support-storage-error';
  constructor(readonly detail: StorageErrorDetail & { campaign: string } & ExperimentDetail) {
    super(SupportStorageErrorEvent.type, PUBLIC);
  }
}

/** The reader forgot everything the kit remembered on this device (`<support-privacy>`). */
export class SupportForgetEvent extends Event {
  static readonly type = 'support-forget';
  constructor(readonly detail: { counting: boolean }) {
    super(SupportForgetEvent.type, PUBLIC);
  }
}

/** The reader turned counting of their reading off or on again (`<support-privacy>`). */
export class SupportCountingChangeEvent extends Event {
  static readonly type = 'support-counting-change';
  constructor(readonly detail: { counting: boolean }) {
    super(SupportCountingChangeEvent.type, PUBLIC);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-forget': SupportForgetEvent;
    'support-counting-change': SupportCountingChangeEvent;
    'support-amount-change': SupportAmountChangeEvent;
    'support-show': SupportShowEvent;
    'support-view': SupportViewEvent;
    'support-suppress': SupportSuppressEvent;
    'support-checkout': SupportCheckoutEvent;
    'support-snooze': SupportSnoozeEvent;
    'support-dismiss': SupportDismissEvent;
    'support-storage-error': SupportStorageErrorEvent;
  }
}
