/**
 * Builds the demo host page for production into .demo-dist/ (or the folder given): what the
 * end-to-end tests and the strict-CSP page serve with `DEMO_DIST=.demo-dist npm start`.
 */
import { resolve } from 'node:path';
import { buildDemo, root } from './page-builds.js';

const outDir = resolve(root, process.argv[2] ?? '.demo-dist');
await buildDemo(outDir);
console.log(`demo built into ${outDir}`);
