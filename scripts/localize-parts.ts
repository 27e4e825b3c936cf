/**
 * Splits each language's translations (src/locales/<language>.ts, built by `lit-localize build`
 * from xliff/) by part of the SDK (scripts/sdk-parts.ts), so that a chunk of the CDN build brings
 * only the texts it shows. Run by `npm run localize:build`; test/server/translations.test.ts checks
 * that the committed files are what it writes.
 *
 * Writes, into src/locales/ (or the folder given as argument):
 * - `<language>.<part>.ts`: the translations of the messages whose `msg()` call is in a module of
 *   that part, keyed by the first KEY_LENGTH characters of the message id (full ids are 17
 *   characters of hexadecimal noise each: a third of a catalog's gzip size);
 * - `parts.ts`: KEY_LENGTH, the parts each part needs (its own and those of the modules it imports
 *   statically) and a loader of each language's core part, which loads that language's others;
 * - `button.ts`: the button's few texts in every language, built into the eager bundle so that a
 *   page loads no catalog before anyone opens the launcher.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import {
  extractOptions,
  extractTemplate,
  generateMsgIdFromAstNode,
  isMsgCall,
} from '@lit/localize-tools/lib/program-analysis.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import * as prettier from 'prettier';
import ts from 'typescript';
import { partOf } from './sdk-parts.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'src');

/** The button's own folder: its texts are built in, not loaded. */
const BUTTON = '/src/components/support-button/';

export interface GeneratedFile {
  /** Relative to the output folder. */
  name: string;
  text: string;
}

/** Every source module of src/ (tests and stories aside) with the modules it imports statically. */
function staticImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const imports: string[] = [];
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isReExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
      const specifier = (statement as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier;
      if ((isImport || isReExport) && specifier && ts.isStringLiteral(specifier)) {
        if (specifier.text.startsWith('.')) {
          imports.push(resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts')));
        }
      }
    }
    graph.set(file, imports);
  }
  return graph;
}

/** Each property of `templates` in a locale module: id → the expression's source text. */
function readCatalog(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const entries = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(source) === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: unexpected entry`);
        const name = property.name.getText(source).replace(/^['"]|['"]$/g, '');
        entries.set(name, property.initializer.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

interface MessageUse {
  id: string;
  file: string;
  contents: (string | { index: number })[];
}

/**
 * Every `msg()` call of the project, as lit-localize reads it: its id, file and text. (lit-localize
 * keeps one entry per id; a text used in two places is listed here twice.)
 */
function messageUses(program: ts.Program): MessageUse[] {
  const checker = program.getTypeChecker();
  const uses: MessageUse[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    const visit = (node: ts.Node) => {
      if (isMsgCall(node, checker)) {
        const call = node;
        const template = extractTemplate(call.arguments[0]!, file, checker).result;
        const options = extractOptions(call.arguments[1], file).result;
        if (!template || !options)
          throw new Error(`localize-parts: cannot read ${call.getText(file)}`);
        uses.push({
          id: options.id ?? generateMsgIdFromAstNode(template.template, template.tag === 'html'),
          file: file.fileName,
          contents: template.contents.map((c) => (typeof c === 'string' ? c : { index: c.index })),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The shortest length of id prefix (at least 5 characters) that tells every message apart. */
function keyLength(ids: readonly string[]): number {
  for (let length = 5; ; length++) {
    if (new Set(ids.map((id) => id.slice(0, length))).size === ids.length) return length;
  }
}

/** The button's English text with `${i}` where its values go, as lit-localize numbers them. */
function buttonKey(contents: readonly (string | { index: number })[]): string {
  return contents.map((part) => (typeof part === 'string' ? part : `\${${part.index}}`)).join('');
}

const HEADER =
  '// Do not modify this file by hand!\n// Re-generate it with `npm run localize:build` (scripts/localize-parts.ts).\n';

export async function generateParts(): Promise<GeneratedFile[]> {
  const config = readConfigFileAndWriteSchema(join(ROOT, 'lit-localize.json'));
  const output = config.output as RuntimeOutputConfig;
  const catalogDir = resolve(ROOT, output.outputDir);
  const localizer = new RuntimeLitLocalizer(
    config as typeof config & { output: RuntimeOutputConfig },
  );
  const { errors } = localizer.extractSourceMessages();
  if (errors.length) throw new Error('localize-parts: lit-localize cannot read some msg() calls');
  const messages = messageUses((localizer as unknown as { program: ts.Program }).program);

  const ids = [...new Set(messages.map((m) => m.id))].sort();
  const KEY = keyLength(ids);

  // Which part each message belongs to; the button's messages are built in.
  const partOfMessage = new Map<string, string>();
  const button = new Map<string, string>(); // id → English key
  for (const message of messages) {
    if (message.file.includes(BUTTON)) {
      button.set(message.id, buttonKey(message.contents));
      continue;
    }
    const part = partOf(message.file);
    const previous = partOfMessage.get(message.id);
    // The same text in two parts: both need it, so it goes to the part both load (core).
    partOfMessage.set(message.id, previous && previous !== part ? 'core' : part);
  }
  // `core` always: its file also holds the loaders of the language's other parts.
  const parts = [...new Set(['core', ...partOfMessage.values()])].sort();

  // The parts a part needs: its own, and those of every module its modules import statically.
  const graph = staticImports();
  const needs = new Map<string, Set<string>>();
  for (const part of parts) {
    // Core modules never import a part's modules (src/index.ts and the React wrappers, which
    // import every element, are no element's part).
    if (part === 'core') {
      needs.set(part, new Set([part]));
      continue;
    }
    const reached = new Set<string>();
    const stack = [...graph.keys()].filter((file) => partOf(file) === part);
    while (stack.length) {
      const file = stack.pop()!;
      if (reached.has(file) || file.includes(BUTTON)) continue;
      reached.add(file);
      stack.push(...(graph.get(file) ?? []));
    }
    needs.set(
      part,
      new Set([...reached].map((file) => partOf(file)).filter((p) => parts.includes(p))),
    );
    needs.get(part)!.add(part);
  }

  const files: GeneratedFile[] = [];
  const buttonTexts: Record<string, Record<string, string>> = {};
  for (const locale of config.targetLocales) {
    const catalog = readCatalog(join(catalogDir, `${locale}.ts`));
    for (const part of parts) {
      const entries = ids
        .filter((id) => partOfMessage.get(id) === part)
        .map((id) => {
          const text = catalog.get(id);
          if (text === undefined) throw new Error(`localize-parts: ${locale} lacks ${id}`);
          return `  ${id.slice(0, KEY)}: ${text},`;
        });
      const body = entries.join('\n');
      const imports = [
        /(^|[\s:(])str`/m.test(body) ? "import { str } from '@lit/localize';\n" : '',
        /(^|[\s:(])html`/m.test(body) ? "import { html } from 'lit';\n" : '',
      ].join('');
      // The core part, which every element needs, also loads the language's other parts: a page
      // in English never downloads the table of files of the other languages.
      const loaders =
        part === 'core'
          ? `\n/** The language's other parts, loaded on use. */\n` +
            `export const LOADERS: Loaders = {\n${parts
              .filter((p) => p !== 'core')
              .map((p) => `  '${p}': () => import('./${locale}.${p}.js'),`)
              .join('\n')}\n};\n`
          : '';
      const types = part === 'core' ? "import type { Loaders } from './parts.js';\n" : '';
      files.push({
        name: `${locale}.${part}.ts`,
        text: `${HEADER}\n${imports}${types}\nexport const templates = {\n${body}\n};\n${loaders}`,
      });
    }
    buttonTexts[locale] = {};
    for (const [id, english] of [...button].sort(([a], [b]) => a.localeCompare(b))) {
      const text = catalog.get(id);
      if (text === undefined) throw new Error(`localize-parts: ${locale} lacks ${id}`);
      // `Texte` or str`Texte ${0}`: the text between the backticks (no other template form here).
      const inner = /^(?:str)?`([\s\S]*)`$/.exec(text);
      if (!inner) throw new Error(`localize-parts: the button cannot show ${text}`);
      buttonTexts[locale][english] = inner[1]!;
    }
  }

  const cores = config.targetLocales
    .map((locale) => `  '${locale}': () => import('./${locale}.core.js'),`)
    .join('\n');
  files.push({
    name: 'parts.ts',
    text:
      `${HEADER}\nimport type { targetLocales } from './locale-codes.js';\n\n` +
      `export type TargetLocale = (typeof targetLocales)[number];\n\n` +
      `/** A part of the SDK with texts to translate (scripts/sdk-parts.ts). */\n` +
      `export type MessagePart = ${parts.map((p) => `'${p}'`).join(' | ')};\n\n` +
      `/** Translations are keyed by the first KEY_LENGTH characters of the message id. */\n` +
      `export const KEY_LENGTH = ${KEY};\n\n` +
      `/** The parts whose texts a part shows: its own and those of the modules it imports. */\n` +
      `export const NEEDS: Record<MessagePart, readonly MessagePart[]> = {\n${parts
        .map(
          (p) =>
            `  '${p}': [${[...needs.get(p)!]
              .sort()
              .map((n) => `'${n}'`)
              .join(', ')}],`,
        )
        .join('\n')}\n};\n\n` +
      `export type Templates = Record<string, unknown>;\n\n` +
      `/** Loaders of a language's parts but \`core\`. */\n` +
      `export type Loaders = Record<\n  Exclude<MessagePart, 'core'>,\n  () => Promise<{ templates: Templates }>\n>;\n\n` +
      `/** Each language's core part: its texts, and the loaders of its other parts. */\n` +
      `export const CORE: Record<\n  TargetLocale,\n  () => Promise<{ templates: Templates; LOADERS: Loaders }>\n> = {\n${cores}\n};\n`,
  });
  files.push({
    name: 'button.ts',
    text:
      `${HEADER}\nimport type { TargetLocale } from './parts.js';\n\n` +
      `/** The button's texts in every language, by English text (\`\${0}\`: the first value). */\n` +
      `export const BUTTON_TEXTS: Record<TargetLocale, Record<string, string>> = ${JSON.stringify(buttonTexts, null, 2)};\n`,
  });

  const options = await prettier.resolveConfig(join(catalogDir, 'parts.ts'));
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      text: await prettier.format(file.text, {
        ...options,
        filepath: join(catalogDir, file.name),
      }),
    })),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const config = readConfigFileAndWriteSchema(join(ROOT, 'lit-localize.json'));
  const outDir = process.argv[2]
    ? resolve(process.argv[2])
    : resolve(ROOT, (config.output as RuntimeOutputConfig).outputDir);
  await mkdir(outDir, { recursive: true });
  const files = await generateParts();
  for (const file of files) await writeFile(join(outDir, file.name), file.text);
  console.log(`localize-parts: ${files.length} files in ${relative(ROOT, outDir) || '.'}`);
}
