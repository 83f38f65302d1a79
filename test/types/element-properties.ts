/**
 * Type test, checked by `npm run typecheck` (never run): the elements' properties have the
 * types a TypeScript user expects — unions for keywords, numbers for numbers, booleans for
 * flags — and refuse what the elements would only warn about at run time. Each
 * `@ts-expect-error` fails the type check if the line below it ever compiles.
 */
import type {
  SupportAmounts,
  SupportAppeal,
  SupportArticleCount,
  SupportRemindLater,
} from '@support-kit/elements';

export function appealProperties(appeal: SupportAppeal): void {
  appeal.variant = 'inline';
  appeal.variant = 'banner';
  appeal.variant = 'modal';
  // @ts-expect-error not a variant
  appeal.variant = 'popup';
  // @ts-expect-error not a variant
  appeal.variant = null;

  appeal.snoozeDays = 7;
  appeal.snoozeDays = '1,7,30'; // a back-off list, as the attribute takes it
  appeal.dismissDays = 30;
  appeal.maxViews = 3;
  appeal.viewWindowDays = 14;
  appeal.priority = -1;
  appeal.minArticles = 5;
  appeal.articlesDays = 90;
  appeal.headingLevel = 3;
  appeal.defaultAmount = 10;
  appeal.minAmount = 2;
  appeal.maxAmount = 500;
  // @ts-expect-error a number, not a boolean
  appeal.snoozeDays = true;
  // @ts-expect-error a number, not an object
  appeal.dismissDays = { days: 30 };

  appeal.frequency = 'one-off';
  // @ts-expect-error not a frequency
  appeal.frequency = 'weekly';
  appeal.noStorage = 'hide';
  // @ts-expect-error show or hide
  appeal.noStorage = 'ask';

  appeal.dismissible = true;
  appeal.supporter = false;
  appeal.customAmount = true;
  // @ts-expect-error a boolean property: the attribute's presence, not its text
  appeal.dismissible = 'true';

  const state: 'pending' | 'shown' | 'suppressed' = appeal.state;
  // @ts-expect-error read-only
  appeal.state = 'shown';
  void state;
}

export function otherElements(
  later: SupportRemindLater,
  count: SupportArticleCount,
  amounts: SupportAmounts,
): void {
  later.days = 1;
  later.days = '7';
  // @ts-expect-error a number of days
  later.days = [7];

  count.days = 30;
  count.min = 2;
  // @ts-expect-error a number
  count.min = false;

  amounts.value = 5;
  amounts.defaultAmount = 10;
  amounts.required = true;
  amounts.disabled = false;
  // @ts-expect-error a boolean
  amounts.required = 'required';
  const value: number | null = amounts.value;
  const frequency: 'monthly' | 'one-off' | 'annual' = amounts.frequency;
  void value;
  void frequency;
}
