// The three browser engines of the tests, all from Debian packages (nothing is downloaded):
//  - Chromium (`chromium`), driven by playwright-core;
//  - Firefox ESR (`firefox-esr`), driven over WebDriver BiDi by puppeteer-core;
//  - WebKitGTK (`webkit2gtk-driver`): WebKitWebDriver with its MiniBrowser, which has no headless
//    mode, so it runs inside a private Xvfb display (`xvfb`).
// `EQ_ENGINES` (comma-separated: chromium,firefox,webkit) chooses the engines a suite runs in;
// the default is all three.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

export const ENGINES = Object.freeze(['chromium', 'firefox', 'webkit']);

const INSTALL = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb',
};

/** The engines asked for by EQ_ENGINES (all three by default). */
export function selectedEngines(value = process.env.EQ_ENGINES) {
  if (!value) return [...ENGINES];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    throw new Error(`EQ_ENGINES: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  }
  return names;
}

function missing(engine, tried) {
  return new Error(
    `No ${engine} found (tried ${tried.join(', ')}). Install it with \`${INSTALL[engine]}\` ` +
      '(Debian/Ubuntu, as root), or leave it out with EQ_ENGINES. No browser is ever downloaded.',
  );
}

/** Firefox: $FIREFOX_PATH, else Debian's firefox-esr. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw missing('firefox', candidates.filter(Boolean));
  return found;
}

/** WebKitGTK: the WebKitWebDriver binary and the MiniBrowser it drives. */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver'].find((path) => existsSync(path));
  const libDirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];
  const browsers = [process.env.WEBKIT_MINIBROWSER];
  for (const dir of libDirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name.startsWith('webkit2gtk-') || name.startsWith('webkitgtk-')) {
        browsers.push(`${dir}/${name}/MiniBrowser`);
      }
    }
  }
  const browser = browsers.find((path) => path && existsSync(path));
  const xvfb = existsSync('/usr/bin/Xvfb') ? '/usr/bin/Xvfb' : undefined;
  if (!driver || !browser || !xvfb) {
    throw missing('webkit', ['/usr/bin/WebKitWebDriver', 'MiniBrowser', '/usr/bin/Xvfb']);
  }
  return { driver, browser, xvfb };
}

/** The version string each engine reports, for logs and closing notes. */
export function engineVersion(engine) {
  try {
    if (engine === 'chromium') return execFileSync(findChromium(), ['--version']).toString().trim();
    if (engine === 'firefox') return execFileSync(findFirefox(), ['--version']).toString().trim();
    const out = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']);
    return `WebKitGTK ${out.toString().trim()}`;
  } catch {
    return `${engine} (version unknown)`;
  }
}

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts a private X display and WebKitWebDriver on free ports. `capabilities` are what a
 * WebDriver session needs to open MiniBrowser; `stop()` ends both processes.
 */
export async function startWebKitDriver() {
  const { driver, browser, xvfb } = findWebKit();
  const display = await freeDisplay();
  const children = [];
  const x = spawn(xvfb, [`:${display}`, '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  children.push(x);
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
  const port = await freePort();
  const wd = spawn(driver, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: `:${display}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(wd);
  let log = '';
  wd.stderr.on('data', (chunk) => (log = (log + chunk.toString()).slice(-4000)));
  await waitFor(
    async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        return res.ok;
      } catch {
        return false;
      }
    },
    `WebKitWebDriver${log ? `: ${log}` : ''}`,
  );
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
  };
  process.once('exit', (code) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    // What the driver and MiniBrowser printed last: the only trace an engine crash leaves.
    if (code !== 0 && log.trim()) console.error(`\n[WebKitWebDriver, last output]\n${log}`);
  });
  return {
    hostname: '127.0.0.1',
    port,
    display,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    },
    stop,
  };
}

async function freeDisplay() {
  for (let n = 90 + Math.floor(Math.random() * 200); n < 600; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('no free X display number');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const engine of selectedEngines()) console.log(engine.padEnd(9), engineVersion(engine));
}
