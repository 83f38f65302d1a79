import { expect } from '@open-wc/testing';
import { consoleWarner, limitWarnings, shorten } from '../../packages/core/src/index.js';
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
