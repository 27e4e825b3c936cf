// `npm run build`: ES modules + .d.ts (tsc), CDN bundle (vite), custom-elements.json (cem), editor
// data and framework types from it (scripts/integrations.mjs), openapi.json (scripts/openapi.ts, when present). Exits non-zero on the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();

function step(title, command, args) {
  console.log(`\n▶ ${title}\n  $ ${[relative(root, command) || command, ...args].join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) {
    console.error(`✖ ${title}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    console.error(`✖ ${title} failed (${how})`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

function requireFile(path, producedBy) {
  if (!existsSync(path)) {
    console.error(`✖ expected ${relative(root, path)} (from ${producedBy}) but it is missing`);
    process.exit(1);
  }
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * tsc writes inferred types with the module that declares them, e.g. a `render()` typed
 * `import("lit-html").TemplateResult<1>`: lit-html is Lit's own dependency, not ours, so a host
 * whose package manager links only declared dependencies (pnpm) cannot resolve it. Point those
 * at `lit`, which re-exports them, and fail on any other package the declarations name but
 * package.json does not declare.
 */
function litTypeImports() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  const toLit = {
    'lit-html': 'lit',
    'lit-element': 'lit',
    '@lit/reactive-element': 'lit',
    'lit-html/directive.js': 'lit/directive.js',
  };
  const undeclared = new Set();
  let rewritten = 0;
  for (const file of listFiles(dist).filter((path) => path.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(
      /(import\(|from )(["'])([^"'.][^"']*)\2/g,
      (all, how, quote, name) => {
        if (toLit[name]) {
          rewritten += 1;
          return `${how}${quote}${toLit[name]}${quote}`;
        }
        const bare = name.startsWith('@')
          ? name.split('/').slice(0, 2).join('/')
          : name.split('/')[0];
        if (!declared.has(bare) && bare !== pkg.name)
          undeclared.add(`${relative(root, file)}: ${name}`);
        return all;
      },
    );
    if (fixed !== text) writeFileSync(file, fixed);
  }
  if (undeclared.size > 0) {
    console.error(`✖ declarations import undeclared packages:\n  ${[...undeclared].join('\n  ')}`);
    process.exit(1);
  }
  console.log(`✔ declarations: ${rewritten} Lit type imports pointed at lit`);
}

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

console.log('▶ clean dist/');
rmSync(dist, { recursive: true, force: true });

step('tsc: ES modules + declarations → dist/', bin('tsc'), ['-p', 'tsconfig.build.json']);
requireFile(join(dist, 'index.js'), 'tsc (src/index.ts)');
litTypeImports();

step('vite: CDN bundle → dist/cdn/', bin('vite'), ['build', '--config', 'vite.config.ts']);
requireFile(join(dist, 'cdn', 'eq-support.js'), 'vite build (src/cdn.ts)');
step('vite: standalone files for CDN pages → dist/cdn/', bin('vite'), [
  'build',
  '--config',
  'vite.config.ts',
  '--mode',
  'standalone',
]);
for (const name of ['report-error.js', 'diagnostics.js']) {
  const file = join(dist, 'cdn', name);
  requireFile(file, 'vite build --mode standalone');
  if (/\bimport\b/.test(readFileSync(file, 'utf8'))) {
    console.error(`dist/cdn/${name} imports something: it must stand alone.`);
    process.exit(1);
  }
}

step('cem: custom elements manifest → dist/custom-elements.json', bin('cem'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
]);
requireFile(join(dist, 'custom-elements.json'), 'cem analyze');

step('integrations: editor data and framework types → dist/integrations/', process.execPath, [
  'scripts/integrations.mjs',
]);
for (const file of [
  'vscode.html-custom-data.json',
  'web-types.json',
  'vue.d.ts',
  'svelte.d.ts',
  'jsx.d.ts',
])
  requireFile(join(dist, 'integrations', file), 'scripts/integrations.mjs');

const openapiScript = join(root, 'scripts', 'openapi.ts');
if (existsSync(openapiScript)) {
  step('openapi: zod contract → dist/openapi.json', process.execPath, [
    '--import',
    'tsx',
    'scripts/openapi.ts',
    'dist/openapi.json',
  ]);
  requireFile(join(dist, 'openapi.json'), 'scripts/openapi.ts');
} else {
  console.log('\n▶ openapi: skipped (scripts/openapi.ts does not exist yet)');
}

// Summary
const rows = listFiles(join(dist, 'cdn'))
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), size: bytes.length, gzip: gzipSync(bytes).length };
  });
const width = Math.max(...rows.map((r) => r.file.length));
console.log('\nCDN bundle (dist/cdn):');
for (const r of rows) {
  console.log(
    `  ${r.file.padEnd(width)}  ${kB(r.size).padStart(10)}  gzip ${kB(r.gzip).padStart(10)}`,
  );
}
const js = rows.filter((r) => r.file.endsWith('.js'));
const sum = (key) => js.reduce((total, r) => total + r[key], 0);
console.log(
  `  ${'total .js'.padEnd(width)}  ${kB(sum('size')).padStart(10)}  gzip ${kB(sum('gzip')).padStart(10)}`,
);

const cdnCode = js.map((r) => readFileSync(join(root, r.file), 'utf8')).join('\n');
if (cdnCode.includes('process.env')) {
  console.warn('⚠ the CDN bundle mentions `process.env`: it may throw in browsers');
}

const moduleCount = listFiles(dist).filter(
  (p) => p.endsWith('.js') && !p.startsWith(join(dist, 'cdn') + sep),
).length;
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);
console.log(`\nES modules: ${moduleCount} .js files in dist/ (with .d.ts + maps)`);
console.log(
  `Manifest:   dist/custom-elements.json, ${tags.length} elements: ${tags.join(', ') || '—'}`,
);
const openapi = join(dist, 'openapi.json');
console.log(
  `OpenAPI:    ${existsSync(openapi) ? `dist/openapi.json (${kB(statSync(openapi).size)})` : 'not generated'}`,
);
console.log(`\n✔ build finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
