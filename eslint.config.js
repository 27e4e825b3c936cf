// ESLint 9 flat config. Zero warnings policy: `eslint --max-warnings 0 .` (see `npm run lint`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that renders Lit templates in a browser: components, stories, the demo host page. */
const LIT_FILES = ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'];
/** Node-only code. */
const NODE_FILES = [
  'demo/server/**',
  'scripts/**',
  'test/server/**',
  'test/e2e/**',
  '*.config.*',
  '.storybook/main.ts',
];
/** Plain scripts the end-to-end tests run inside pages (helpers, hostile host pages). */
const IN_PAGE_SCRIPTS = ['test/e2e/engines/*.js', 'test/e2e/hosts/**/*.js'];
/** Node-only suites under test/ (node:test + tsx, playwright-core driving a browser). */
const NODE_TESTS = ['test/server/**', 'test/e2e/**'];

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/storybook-static/',
    '**/dist-size/',
    '**/.demo-dist/',
    'src/locales/',
    '**/node_modules/',
    '**/.data/',
    '.tmp/',
    '**/coverage/',
    '**/test-results/',
    '**/custom-elements.json',
    // Host projects built from the packed package: each is checked by its framework's own
    // compiler in its test (Angular's strict templates, vue-tsc, svelte-check), against the
    // package's types, which exist only after the build.
    'test/packaging/fixtures/**/*.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    name: 'eq/typescript',
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // @open-wc/semantic-dom-diff retypes chai's `.equal()` as returning a Promise; it is
            // synchronous (only `.accessible()` and snapshots are async, and those stay flagged).
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
            // node:test's describe/it/test return promises the runner awaits itself.
            {
              from: 'package',
              package: 'node:test',
              name: [
                'describe',
                'it',
                'test',
                'suite',
                'before',
                'after',
                'beforeEach',
                'afterEach',
              ],
            },
          ],
        },
      ],
    },
  },

  // Plain JavaScript (config files, scripts/*.mjs) is not part of a tsconfig project.
  {
    name: 'eq/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // tsconfig.json's `"include": [".storybook"]` matches nothing (TypeScript skips dot-folders
  // unless the pattern spells out files, e.g. ".storybook/**/*.ts"), so the project service
  // cannot type these two files. Lint them without type information until that is changed.
  {
    name: 'eq/storybook-config',
    files: ['.storybook/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Lit + Web Components + accessibility rules for everything that renders templates.
  {
    name: 'eq/lit',
    files: LIT_FILES,
    ignores: ['demo/server/**'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    plugins: { 'lit-a11y': litA11y },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // eslint-plugin-lit-a11y 5.x has no 'flat/…' key; its `recommended` is a flat-shaped object.
      ...litA11y.configs.recommended.rules,
      // LitElement always implements connectedCallback/disconnectedCallback etc., and TypeScript
      // already checks that super.x exists, so an `if (super.x)` guard would be noise.
      'wc/guard-super-call': 'off',
    },
  },

  {
    name: 'eq/lit-listeners',
    files: ['src/components/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Lit calls template event listeners (`@click=${this.handleClick}`) with `this` bound to the
      // host element, so passing methods unbound there is the intended pattern.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  {
    name: 'eq/browser-globals',
    files: ['src/**', 'test/**', 'stories/**', 'demo/**', '.storybook/preview.ts'],
    ignores: ['demo/server/**', ...NODE_TESTS],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'eq/node-globals',
    files: NODE_FILES,
    ignores: IN_PAGE_SCRIPTS,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'eq/in-page-scripts',
    files: IN_PAGE_SCRIPTS,
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    name: 'eq/browser-tests',
    files: ['test/**/*.ts'],
    ignores: NODE_TESTS,
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    name: 'eq/tests',
    files: ['test/**/*.ts'],
    rules: {
      // chai property assertions: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
