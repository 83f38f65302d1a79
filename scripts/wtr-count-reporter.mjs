// @ts-check
// Prints one closing line that any CI log reader understands, summed over every engine:
//   Tests: 312 passed, 0 failed, 0 skipped (chromium, firefox, webkit)
/** @param {any} suite @param {{ passed: number, failed: number, skipped: number }} totals */
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    /** @param {{ sessions: any[] }} args */
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const engines = new Set();
      for (const session of sessions) {
        engines.add(session.browser.name);
        count(session.testResults, totals);
        // A file that failed to load has no test results but must count as a failure.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        ) {
          totals.failed += 1;
        }
      }
      const line = `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      // The runner buffers and then drops console output while it stops; print on exit instead.
      process.once('exit', () =>
        process.stdout.write(`\n${line}\nEngines: ${[...engines].join(', ')}\n`),
      );
    },
  };
}
