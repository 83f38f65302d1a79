/**
 * What a device holder could recover from the browser's own files, where a test can read them:
 * Chromium's profile folder. The server command launches a Chromium of its own with a fresh
 * profile (scripts/wtr-profile-plugin.mjs), reads three article pages there, snoozes an
 * appeal, presses "Stop counting my reading" and "Forget all of it", closes it and searches
 * every file of the profile. Every engine's run asks for it, so the check runs whichever
 * engines a run includes; the server does the work once per test run and answers each of them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Finding {
  file: string;
  needle: string;
  what: string;
  browserOwn: boolean;
}
interface Residue {
  findings: Finding[];
  kitFiles: string[];
  files: Array<{ file: string; size: number }>;
  salts: string[];
}

describe('Chromium profile folder after reads, a snooze and both erase controls', () => {
  let residue: Residue;

  before(async function () {
    // A second browser starts, loads four pages and shuts down: slow on a busy machine.
    this.timeout(240_000);
    // The command answers `{ pending: true }` while the other browser is still at work.
    for (;;) {
      const answer = await executeServerCommand<Residue | { pending: true }, { origin: string }>(
        'chromium-profile-residue',
        { origin: location.origin },
      );
      if (answer && !('pending' in answer)) {
        residue = answer;
        break;
      }
    }
    if (window.location.search.includes('log')) console.log(JSON.stringify(residue));
  });

  it('(a Chromium profile, from any engine) holds the kit database the search reads', () => {
    // The search finds the kit where its records are: otherwise "nothing found" proves nothing.
    expect(residue.kitFiles.some((file) => file.includes('IndexedDB'))).to.equal(
      true,
      `no IndexedDB file names the kit: ${JSON.stringify(residue.files)}`,
    );
  });

  it('(a Chromium profile, from any engine) holds no article id, page path, salt or article hash in any file the site can write', () => {
    // The browser's own history, HTTP cache and session restore name the pages a reader
    // opened whatever a site stores (SECURITY.md says how to clear them); everything else
    // must hold none of it, and nothing anywhere may hold a salt or a hash.
    const found = residue.findings.filter(
      (finding) => !finding.browserOwn || !['article id', 'page path'].includes(finding.what),
    );
    expect(found, JSON.stringify(found, null, 1)).to.deep.equal([]);
  });
});
