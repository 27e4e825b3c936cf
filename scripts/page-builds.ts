/**
 * Production builds for `npm run bench`: the demo host page and the case-list bench page, each a
 * normal Vite app build (not the library's lib mode) with the repository's vite.config.ts — the
 * legacy-decorator settings the elements need, as demo/server/main.ts uses them for `npm start`.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Builds `<pageRoot>/index.html` (and what it imports) into `outDir`, to be served at `base`. */
async function buildPage(pageRoot: string, outDir: string, base: string): Promise<void> {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root: pageRoot,
    base,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warn',
    build: {
      lib: false,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: join(pageRoot, 'index.html'),
        onwarn(warning, warn) {
          // The case-list page imports the HTTP client statically (the in-browser backend), so
          // the lazy backend's dynamic import of it cannot split: expected there.
          if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
          warn(warning);
        },
      },
    },
  });
}

/** The demo host page (demo/index.html: provider, button, launcher loaded on use). */
export function buildDemo(outDir: string, base = '/'): Promise<void> {
  return buildPage(join(root, 'demo'), outDir, base);
}

/** A page that renders `<eq-case-list>` against the in-browser reference backend. */
export function buildCaseListPage(outDir: string, base = '/case-list/'): Promise<void> {
  return buildPage(join(root, 'scripts/bench/case-list-page'), outDir, base);
}

/** The bench's peer: a blank page with Sentry's User Feedback widget, bundled as ours are. */
export function buildPeerPage(outDir: string, base = '/peer/'): Promise<void> {
  return buildPage(join(root, 'scripts/bench/peer-page'), outDir, base);
}

/**
 * The CDN build (what `npm run build` writes to dist/cdn/) into `outDir`. `version` stands in for
 * the SDK's version: the hostile-host tests load two copies built with two versions on one page.
 */
export async function buildCdn(outDir: string, version?: string): Promise<void> {
  const versionFile = join(root, 'src', 'version.ts');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: version
      ? [
          {
            name: 'eq-support:version',
            transform(_code, id) {
              if (id.split('?')[0] !== versionFile) return null;
              return { code: `export const SDK_VERSION = ${JSON.stringify(version)};`, map: null };
            },
          },
        ]
      : [],
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

/**
 * The hostile host pages of the end-to-end tests (test/e2e/hosts/): copied beside the demo with
 * two CDN copies of the SDK (sdk/ and, under another version, sdk-b/) and the CSS frameworks
 * they load globally (Bootstrap 5, Tailwind's preflight).
 */
export async function buildHosts(demoDir: string): Promise<void> {
  const hostsDir = join(demoDir, 'hosts');
  const { cp, mkdir, readFile } = await import('node:fs/promises');
  await mkdir(join(hostsDir, 'vendor'), { recursive: true });
  await cp(join(root, 'test/e2e/hosts'), hostsDir, { recursive: true });
  await cp(
    join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css'),
    join(hostsDir, 'vendor/bootstrap.min.css'),
  );
  await cp(
    join(root, 'node_modules/tailwindcss/preflight.css'),
    join(hostsDir, 'vendor/tailwind-preflight.css'),
  );
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  await buildCdn(join(hostsDir, 'sdk'));
  await buildCdn(join(hostsDir, 'sdk-b'), `${version}-b`);
}
