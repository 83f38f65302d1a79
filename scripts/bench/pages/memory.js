// Memory: create, configure, append, wait until shown, remove — one cycle. The appeal uses the
// page's real shared store (IndexedDB through localforage), as on a site. Node drives the
// cycles in batches and samples the heap between batches.
import { mountAppeal } from './common.js';

const stage = document.getElementById('stage');

window.runMemoryCycles = async (count) => {
  await customElements.whenDefined('support-appeal');
  for (let i = 0; i < count; i++) {
    const appeal = await mountAppeal(stage, null);
    appeal.remove();
  }
};
