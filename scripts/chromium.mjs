// @ts-check
// Debian's Chromium, as every script and the test runner start it: no browser is downloaded.
// The background-networking flags keep it from calling home on a machine with no internet.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
