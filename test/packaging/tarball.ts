/**
 * Host projects that install the package the way a customer does: from the tarball `npm pack`
 * makes of this repository, so only the files package.json `files` publishes (dist/) are there.
 * The tarball is unpacked into the project's node_modules/eq-support; its dependencies (lit, ky,
 * zod…) and the framework packages a test names are linked to the copies installed here, as a
 * package manager would have installed them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureBuilt, root } from './build.js';

let packing: Promise<string> | undefined;

/** `npm pack` of this repository (after `npm run build`), once per process: the .tgz path. */
export function packTarball(): Promise<string> {
  packing ??= (async () => {
    await ensureBuilt();
    const into = await mkdtemp(join(tmpdir(), 'eq-packaging-tarball-'));
    process.once('exit', () => rmSync(into, { recursive: true, force: true }));
    const output = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', into],
      { cwd: root, encoding: 'utf8' },
    );
    const packed = JSON.parse(output) as { filename: string }[];
    return join(into, packed[0]!.filename);
  })();
  return packing;
}

export interface TarballProject {
  /** The project directory (in the OS temp dir). */
  dir: string;
  /** node_modules/eq-support, unpacked from the tarball. */
  packageDir: string;
  dispose(): Promise<void>;
}

/**
 * A host project in the OS temp dir named after `fixture`: test/packaging/fixtures/<fixture>/, when
 * there is one, copied into it, the packed package unpacked into node_modules/eq-support, and node_modules links to
 * this repository's copies of the package's dependencies and of `links` (e.g. `vue`,
 * `@vitejs/plugin-vue`, `.bin` entries are not linked: run tools by their path here).
 */
export async function createTarballProject(
  fixture: string,
  links: string[] = [],
): Promise<TarballProject> {
  const tarball = await packTarball();
  const dir = await mkdtemp(join(tmpdir(), `eq-packaging-${fixture}-`));
  try {
    const source = join(root, 'test/packaging/fixtures', fixture);
    if (existsSync(source)) await cp(source, dir, { recursive: true });
    const packageDir = join(dir, 'node_modules/eq-support');
    await mkdir(packageDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
    const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const pkg of [...Object.keys(manifest.dependencies ?? {}), ...links]) {
      const target = join(dir, 'node_modules', pkg);
      await mkdir(dirname(target), { recursive: true });
      await symlink(join(root, 'node_modules', pkg), target, 'dir').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      });
    }
    // A package.json of the host's own, so tools that look for one stop here.
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: `host-${fixture}`, private: true, type: 'module' }, null, 2),
      { flag: 'wx' },
    ).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
    return { dir, packageDir, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
