/**
 * Number properties set as numbers (as TypeScript users and React 19 set them) work like the
 * same attributes; their types are checked in test/types/element-properties.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@support-kit/elements/support-appeal.js';
import type { SupportAppeal } from '../../packages/elements/src/appeal/SupportAppeal.js';
import type {
  SupportDismissEvent,
  SupportSnoozeEvent,
} from '../../packages/elements/src/events/SupportEvents.js';
import {
  DAY,
  captureWarnings,
  expectNear,
  isolatedStore,
  part,
  recordEvents,
  uniqueCampaign,
  waitForState,
} from './support-appeal.helpers.js';

describe('<support-appeal> number properties', () => {
  it('snoozeDays = 3, dismissDays = 2, headingLevel = 4, defaultAmount = 10: as the attributes would', async () => {
    const el = await fixture<SupportAppeal>(
      html`<support-appeal
        campaign=${uniqueCampaign('numbers')}
        .store=${isolatedStore()}
        amounts="5,10,25"
        .snoozeDays=${3}
        .dismissDays=${2}
        .headingLevel=${4}
        .defaultAmount=${10}
      ></support-appeal>`,
    );
    await waitForState(el, 'shown');
    expect(el.getAttribute('snooze-days')).to.equal('3');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
    expect(part(el, 'cta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Give $10 a month');
    const snoozes = recordEvents<SupportSnoozeEvent>('support-snooze');
    await el.snooze();
    snoozes.stop();
    expectNear(snoozes.events[0]!.detail.until, Date.now() + 3 * DAY, 60 * 60 * 1000 + 5000);

    await el.reset();
    await waitForState(el, 'shown');
    const dismissals = recordEvents<SupportDismissEvent>('support-dismiss');
    await el.dismiss();
    dismissals.stop();
    expectNear(dismissals.events[0]!.detail.until, Date.now() + 2 * DAY, 60 * 60 * 1000 + 5000);
  });

  it('a bad number still warns, naming the attribute and the value, and falls back', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SupportAppeal>(
        html`<support-appeal
          campaign=${uniqueCampaign('bad-number')}
          .store=${isolatedStore()}
          .dismissDays=${-4}
        ></support-appeal>`,
      );
      await waitForState(el, 'shown');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<support-appeal>: ignoring dismiss-days="-4"/);
  });
});
