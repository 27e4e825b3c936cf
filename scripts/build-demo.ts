/**
 * Builds the demo host page for production into .demo-dist/ (or the folder given): what the
 * end-to-end tests and the strict-CSP page serve, with the hostile host pages of test/e2e/hosts/ and
 * two CDN copies of the SDK beside them; they serve with `DEMO_DIST=.demo-dist npm start`.
 */
import { resolve } from 'node:path';
import { buildDemo, buildHosts, root } from './page-builds.js';

const outDir = resolve(root, process.argv[2] ?? '.demo-dist');
await buildDemo(outDir);
await buildHosts(outDir);
console.log(`demo built into ${outDir}`);
