// Builds the demo host page for production into .demo-dist/ (or the folder given): what the
// end-to-end tests and the strict-CSP page serve with `DEMO_DIST=.demo-dist npm start`.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = resolve(root, process.argv[2] ?? '.demo-dist');
await build({
  configFile: join(root, 'vite.config.ts'),
  root: join(root, 'demo'),
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warn',
  build: {
    lib: false,
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { input: join(root, 'demo/index.html') },
  },
});
console.log(`demo built into ${outDir}`);
