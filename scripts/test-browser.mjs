// `npm run test:browser`: the @web/test-runner suite in each engine of EQ_ENGINES (default: all
// three), one engine after the other so each gets both cores, with a summary of versions and times.
// Extra arguments go to web-test-runner (e.g. a test file).
import { spawn } from 'node:child_process';
import { engineVersion, selectedEngines } from './engines.mjs';

const engines = selectedEngines();
const results = [];
for (const engine of engines) {
  const version = engineVersion(engine);
  console.log(`\n=== browser suite in ${engine} (${version}) ===`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
      { stdio: 'inherit', env: { ...process.env, EQ_ENGINES: engine } },
    );
    child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  results.push({ engine, version, code, seconds: Math.round((Date.now() - started) / 1000) });
  if (code !== 0) break;
}
console.log('\nbrowser suite per engine:');
for (const { engine, version, code, seconds } of results) {
  console.log(
    `  ${engine.padEnd(9)} ${code === 0 ? 'passed' : 'FAILED'}  ${seconds} s  ${version}`,
  );
}
process.exit(results.every((r) => r.code === 0) && results.length === engines.length ? 0 : 1);
