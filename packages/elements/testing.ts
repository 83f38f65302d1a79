// Seams for tests, exported as '@support-kit/elements/testing' and from no other entry point:
// the package's main entry, its define files and the drop-in do not contain them
// (test/security/bundle-surface.test.ts). A page has no reason to call any of these.
import { impressionDefaults } from './src/appeal/impression-controller.js';

export { seededRandom } from '@support-kit/core/testing';
export { setExperimentRandom } from './src/appeal/experiment-controller.js';
export { resetSitePolicyForTests as resetSitePolicy } from './src/shared/site-policy.js';

/** How long half of an appeal must stay in view to count as seen (ms; default 1000). */
export function setImpressionDwell(ms = 1000): void {
  impressionDefaults.dwellMs = ms;
}
