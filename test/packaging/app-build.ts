/**
 * Builds a fixture app the way a host project would: a project directory (in the OS temp dir)
 * whose node_modules/eq-support is a symlink to this repository, so `import 'eq-support/…'` goes
 * through package.json `exports` to the built dist/ files. Vite runs with no config file — the
 * host's defaults, not this repository's vite.config.ts.
 */
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { root } from './build.js';

export interface BuiltApp {
  /** The built site (index.html and assets/). */
  outDir: string;
  /** Every module Vite bundled (absolute paths, symlinks resolved). */
  modules: string[];
  dispose(): Promise<void>;
}

/** Lists the bundled modules, to show where `eq-support` was resolved to. */
function recordModules(into: string[]): Plugin {
  return {
    name: 'eq-packaging:record-modules',
    buildEnd() {
      into.push(...this.getModuleIds());
    },
  };
}

/**
 * Copies `fixtures/<name>/` into a fresh project, links the packages it imports into its
 * node_modules (`eq-support` → this repository; `react`, `react-dom` → the ones installed here) and
 * runs `vite build`.
 */
export async function buildFixtureApp(name: string, links: string[] = []): Promise<BuiltApp> {
  const project = await mkdtemp(join(tmpdir(), `eq-packaging-${name}-`));
  try {
    await cp(join(root, 'test/packaging/fixtures', name), project, { recursive: true });
    await mkdir(join(project, 'node_modules'));
    await symlink(root, join(project, 'node_modules/eq-support'), 'dir');
    for (const pkg of links) {
      await symlink(join(root, 'node_modules', pkg), join(project, 'node_modules', pkg), 'dir');
    }
    const modules: string[] = [];
    const outDir = join(project, 'dist');
    await build({
      configFile: false,
      root: project,
      logLevel: 'warn',
      plugins: [recordModules(modules)],
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: {
          onwarn(warning, warn) {
            // `import 'eq-support'` takes every element eagerly, so the launcher's lazy imports
            // of the same modules cannot split: expected for this entry point, not a problem.
            if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
            warn(warning);
          },
        },
      },
    });
    return { outDir, modules, dispose: () => rm(project, { recursive: true, force: true }) };
  } catch (error) {
    await rm(project, { recursive: true, force: true });
    throw error;
  }
}
