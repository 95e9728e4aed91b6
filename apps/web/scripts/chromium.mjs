// Debian's Chromium, as the end-to-end suite and the Lighthouse script start it. `.ci/run`
// installs it; CHROMIUM_PATH points elsewhere.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless on a machine with no network but loopback: without the background-networking flags
 * Chromium keeps trying to reach Google's hosts at every start.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
