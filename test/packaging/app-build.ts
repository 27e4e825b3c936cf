/**
 * Builds a fixture app the way a host project would: a project directory (in the OS temp dir)
 * whose node_modules/eq-support is a symlink to this repository, so `import 'eq-support/…'` goes
 * through package.json `exports` to the built dist/ files. Vite runs with no config file — the
 * host's defaults, not this repository's vite.config.ts.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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
 * A fresh host project in the OS temp dir: `files` written into it, and node_modules linking
 * `eq-support` to this repository and each of `links` (e.g. `react`, `@types/react`) to the copy
 * installed here.
 */
export async function createHostProject(
  name: string,
  files: Record<string, string>,
  links: string[] = [],
): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), `eq-packaging-${name}-`));
  try {
    for (const [file, content] of Object.entries(files)) {
      await writeFile(join(project, file), content);
    }
    await mkdir(join(project, 'node_modules/@types'), { recursive: true });
    await symlink(root, join(project, 'node_modules/eq-support'), 'dir');
    for (const pkg of links) {
      await symlink(join(root, 'node_modules', pkg), join(project, 'node_modules', pkg), 'dir');
    }
    return project;
  } catch (error) {
    await rm(project, { recursive: true, force: true });
    throw error;
  }
}

/** Builds `fixtures/<name>/` in a host project (see createHostProject) with `vite build`. */
export async function buildFixtureApp(name: string, links: string[] = []): Promise<BuiltApp> {
  const project = await createHostProject(name, {}, links);
  try {
    await cp(join(root, 'test/packaging/fixtures', name), project, { recursive: true });
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
