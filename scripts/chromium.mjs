// Locates a system Chromium for the browser tests, Storybook checks and e2e tests.
// No browser is ever downloaded: the machine has Debian's chromium (or CHROME_PATH).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Flags needed to run Chromium headless inside a container / CI runner. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
]);

/** Places tried after CHROME_PATH, in order (the real binary first: it skips Debian's wrapper warning). */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
]);

/**
 * Returns the path of a Chromium executable: $CHROME_PATH if it exists, else
 * /usr/lib/chromium/chromium, else /usr/bin/chromium.
 * @throws {Error} explaining how to install one when none is found.
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of CHROMIUM_CANDIDATES) {
    if (existsSync(candidate)) return candidate;
  }
  const tried = [
    fromEnv ? `CHROME_PATH=${fromEnv}` : 'CHROME_PATH (unset)',
    ...CHROMIUM_CANDIDATES,
  ];
  throw new Error(
    `No Chromium found (tried ${tried.join(', ')}).\n` +
      'Install one with `apt-get install -y chromium` (Debian/Ubuntu, as root or with sudo), ' +
      'or set CHROME_PATH to an existing Chromium/Chrome executable.\n' +
      'Do not run `playwright install`: browsers are not downloaded in this project.',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
