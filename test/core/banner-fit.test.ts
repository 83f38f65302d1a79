import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bannerScrollsAsOne } from '../../packages/core/src/index.js';

describe('bannerScrollsAsOne', () => {
  const cases: [string, Parameters<typeof bannerScrollsAsOne>[0], boolean][] = [
    ['a laptop: room for many lines', { room: 297, chrome: 180, message: 900, line: 24 }, false],
    ['a phone: one line left', { room: 211, chrome: 183, message: 1028, line: 24 }, true],
    ['text 200 %: nothing left', { room: 238, chrome: 400, message: 1500, line: 48 }, true],
    ['exactly three lines', { room: 272, chrome: 200, message: 900, line: 24 }, false],
    ['a short message fits whole', { room: 230, chrome: 200, message: 24, line: 24 }, false],
    ['nothing measured yet', { room: NaN, chrome: 0, message: 0, line: 24 }, false],
  ];
  for (const [name, measure, expected] of cases) {
    it(name, () => {
      expect(bannerScrollsAsOne(measure)).to.equal(expected);
    });
  }

  it('scrolls as one exactly when less than three lines (or the whole message) would show', () => {
    const px = fc.double({ min: 0, max: 5000, noNaN: true });
    fc.assert(
      fc.property(
        px,
        px,
        px,
        fc.double({ min: 1, max: 200, noNaN: true }),
        (room, chrome, message, line) => {
          const shown = room - chrome;
          const wanted = Math.min(3 * line, message);
          const whole = bannerScrollsAsOne({ room, chrome, message, line });
          if (shown >= wanted) expect(whole).to.equal(false);
          if (shown + 0.5 < wanted) expect(whole).to.equal(true);
        },
      ),
    );
  });
});
