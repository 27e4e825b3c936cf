// `npm run test:browser`: the @web/test-runner suite in each engine of EQ_ENGINES (default: all
// three), one engine after the other so each gets both cores, with a summary of versions and times.
// Extra arguments go to web-test-runner (e.g. a test file).
//
// An engine whose browser process went away mid-run (web-test-runner: "the browser disconnected",
// WebDriver: "invalid session id") while no test had failed runs its suite once more: that is
// the engine crashing, not our code failing, and it has happened to MiniBrowser once in about
// twenty CI runs. Any failed test still fails the run, and so does a second crash.
import { spawn } from 'node:child_process';
import { engineVersion, selectedEngines } from './engines.mjs';

const CRASH = /browser disconnected|invalid session id/i;
const FAILED_TESTS = /\|\s*\d+ passed, (\d+) failed/g;

/** One web-test-runner run in `engine`; its output goes through to ours and is kept. */
function runSuite(engine) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
      { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, EQ_ENGINES: engine } },
    );
    const keep = (stream, out) =>
      stream.on('data', (chunk) => {
        out.write(chunk);
        output = (output + chunk.toString()).slice(-200_000);
      });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.once('close', (status, signal) => resolve({ code: status ?? (signal ? 1 : 0), output }));
  });
}

/** True when the run failed only because the browser went away: no test failed. */
function crashedWithoutFailures(output) {
  if (!CRASH.test(output)) return false;
  const counts = [...output.matchAll(FAILED_TESTS)].map((match) => Number(match[1]));
  return counts.every((failed) => failed === 0);
}

const engines = selectedEngines();
const results = [];
for (const engine of engines) {
  const version = engineVersion(engine);
  console.log(`\n=== browser suite in ${engine} (${version}) ===`);
  const started = Date.now();
  let { code, output } = await runSuite(engine);
  let note = '';
  if (code !== 0 && crashedWithoutFailures(output)) {
    console.log(`\n=== ${engine} disconnected with no failed test: its suite runs once more ===`);
    ({ code } = await runSuite(engine));
    note = ' (second run, after the browser disconnected)';
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ engine, version, code, seconds, note });
  if (code !== 0) break;
}
console.log('\nbrowser suite per engine:');
for (const { engine, version, code, seconds, note } of results) {
  console.log(
    `  ${engine.padEnd(9)} ${code === 0 ? 'passed' : 'FAILED'}  ${seconds} s  ${version}${note}`,
  );
}
process.exit(results.every((r) => r.code === 0) && results.length === engines.length ? 0 : 1);
