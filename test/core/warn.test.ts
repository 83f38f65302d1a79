import { expect } from '@open-wc/testing';
import {
  consoleWarner,
  consoleWarnerOnce,
  limitWarnings,
  shorten,
} from '../../packages/core/src/index.js';
import { recordingWarner } from './helpers.js';

describe('warn', () => {
  it('consoleWarner names the element, the attribute and the value', () => {
    const original = console.warn;
    const lines: unknown[][] = [];
    console.warn = (...args: unknown[]) => lines.push(args);
    try {
      consoleWarner('support-amounts')('amounts', '2,x', '"x" is not a number. Using 2.');
    } finally {
      console.warn = original;
    }
    expect(lines).to.deep.equal([
      ['<support-amounts>: ignoring amounts="2,x" — "x" is not a number. Using 2.'],
    ]);
  });

  it('consoleWarner without a message (the production drop-in) still names element, attribute and value', () => {
    const original = console.warn;
    const lines: unknown[][] = [];
    console.warn = (...args: unknown[]) => lines.push(args);
    try {
      consoleWarner('support-amounts')('amounts', '2,x', '');
    } finally {
      console.warn = original;
    }
    expect(lines).to.deep.equal([['<support-amounts>: ignoring amounts="2,x"']]);
  });

  it('consoleWarnerOnce says each distinct problem of one value, and names the tag it is given', () => {
    const original = console.warn;
    const lines: unknown[][] = [];
    console.warn = (...args: unknown[]) => lines.push(args);
    let tag = 'support-amounts';
    try {
      const warn = consoleWarnerOnce(() => tag);
      warn('amounts', '2,x,y', '"x" is not a number.');
      warn('amounts', '2,x,y', '"y" is not a number.');
      warn('amounts', '2,x,y', '"x" is not a number.');
      tag = 'support-appeal';
      warn('currency', 'usdx', 'Using USD.');
    } finally {
      console.warn = original;
    }
    expect(lines.map((line) => line[0])).to.deep.equal([
      '<support-amounts>: ignoring amounts="2,x,y" — "x" is not a number.',
      '<support-amounts>: ignoring amounts="2,x,y" — "y" is not a number.',
      '<support-appeal>: ignoring currency="usdx" — Using USD.',
    ]);
  });

  it('consoleWarnerOnce says each attribute-and-value problem once, a new value again', () => {
    const original = console.warn;
    const lines: unknown[][] = [];
    console.warn = (...args: unknown[]) => lines.push(args);
    try {
      const warn = consoleWarnerOnce('support-appeal');
      warn('variant', 'bogus', 'Using inline.');
      warn('variant', 'bogus', 'Using inline.');
      warn('variant', 'other', 'Using inline.');
      warn('campaign', 'bogus', 'Using default.');
      consoleWarnerOnce('support-appeal')('variant', 'bogus', 'Using inline.');
    } finally {
      console.warn = original;
    }
    expect(lines.map((line) => line[0])).to.deep.equal([
      '<support-appeal>: ignoring variant="bogus" — Using inline.',
      '<support-appeal>: ignoring variant="other" — Using inline.',
      '<support-appeal>: ignoring campaign="bogus" — Using default.',
      '<support-appeal>: ignoring variant="bogus" — Using inline.',
    ]);
  });

  it('consoleWarnerOnce says every distinct problem of one value, each once', () => {
    const original = console.warn;
    const lines: unknown[][] = [];
    console.warn = (...args: unknown[]) => lines.push(args);
    try {
      const warn = consoleWarnerOnce('support-appeal');
      for (let i = 0; i < 2; i += 1) {
        warn('snooze-days', 'x,y', '"x" is not a positive number of days. Using 7.');
        warn('snooze-days', 'x,y', '"y" is not a positive number of days. Using 7.');
      }
    } finally {
      console.warn = original;
    }
    expect(lines.map((line) => line[0])).to.deep.equal([
      '<support-appeal>: ignoring snooze-days="x,y" — "x" is not a positive number of days. Using 7.',
      '<support-appeal>: ignoring snooze-days="x,y" — "y" is not a positive number of days. Using 7.',
    ]);
  });

  it('shortens absurdly long values in messages', () => {
    const long = 'x'.repeat(100_000);
    const short = shorten(long);
    expect(short.length).to.be.below(200);
    expect(short).to.contain('100000 characters');
    expect(shorten('short')).to.equal('short');
  });

  it('limitWarnings passes the first few and sums up the rest once', () => {
    const warn = recordingWarner();
    const limited = limitWarnings(warn, 2);
    for (let i = 0; i < 10; i += 1) limited.warn('amounts', 'v', `problem ${i}`);
    limited.flush('amounts', 'v');
    expect(warn.warnings.map((w) => w.message)).to.deep.equal([
      'problem 0',
      'problem 1',
      '8 more problems like the ones above.',
    ]);
  });
});
