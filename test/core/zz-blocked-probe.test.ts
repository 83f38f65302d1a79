import { expect } from '@open-wc/testing';
import { SnoozeStore, applySnooze, forgetAll } from '../../packages/core/src/index.js';
import { FakeSession } from './fake-session.js';

describe('probe', () => {
  it('drop blocked?', async () => {
    const logs: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => logs.push('W ' + a.join(' '));
    const store = new SnoozeStore({ session: new FakeSession(), channelName: 'probe-x' });
    await store.update('spring', (c) => applySnooze(c, [7], Date.now()));
    logs.push('written');
    await forgetAll(store);
    logs.push('forgot 1');
    await store.update('autumn', (c) => applySnooze(c, [7], Date.now()));
    logs.push('written 2');
    await forgetAll(store);
    logs.push('forgot 2');
    console.warn = warn;
    console.log(JSON.stringify(logs));
    expect(1).to.equal(1);
  });
});
