/**
 * The translations are complete and the generated locale modules are up to date:
 * - re-extracting the `msg()` calls of src/ would not change xliff/*.xlf (no new, changed or stale
 *   message);
 * - every message has a non-empty target in every locale, with exactly the source's placeholders,
 *   and nearly all of them differ from the English text;
 * - `lit-localize build` from the XLIFF files gives exactly src/locales/*.ts (once formatted), and
 *   warns about no missing message;
 * - the translations split by part of the SDK (src/locales/<language>.<part>.ts, parts.ts,
 *   button.ts) are what scripts/localize-parts.ts writes, and each element asks for the part its
 *   module is in.
 * It runs lit-localize itself (extract and build) into a temporary folder, never into the repo.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Message, Placeholder, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import type { Locale } from '@lit/localize-tools/lib/types/locale.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import * as prettier from 'prettier';
import { generateParts } from '../../scripts/localize-parts.js';
import { partOf } from '../../scripts/sdk-parts.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ConfigFile {
  sourceLocale: Locale;
  targetLocales: Locale[];
  inputFiles: string[];
  output: RuntimeOutputConfig;
  interchange: { format: 'xliff'; xliffDir: string };
}

const configFile = JSON.parse(
  await readFile(join(ROOT, 'lit-localize.json'), 'utf8'),
) as ConfigFile;
const LOCALES = configFile.targetLocales;

const isPlaceholder = (part: string | Placeholder): part is Placeholder => typeof part !== 'string';
/** The text a person reads, placeholders left out. */
const textOf = (message: Message) =>
  message.contents
    .filter((part): part is string => !isPlaceholder(part))
    .join('')
    .trim();
/** The placeholders, by position in the source, e.g. `0=${count}`. */
const placeholdersOf = (message: Message) =>
  message.contents
    .filter(isPlaceholder)
    .map((p) => `${p.index}=${p.untranslatable}`)
    .sort();

describe('translations', () => {
  let work: string;
  let localizer: RuntimeLitLocalizer;
  /** Every message of src/, once per id. */
  let source: Map<string, ProgramMessage>;
  let translations: Map<Locale, Message[]>;
  const warnings: string[] = [];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'eq-support-i18n-'));
    // lit-localize reads the existing translations from its xliffDir and writes there: give it a
    // copy, so that extracting and building leave the repository untouched.
    await cp(join(ROOT, configFile.interchange.xliffDir), join(work, 'xliff'), { recursive: true });
    const config: Config & { output: RuntimeOutputConfig } = {
      ...configFile,
      interchange: { ...configFile.interchange, xliffDir: join(work, 'xliff') },
      output: {
        ...configFile.output,
        outputDir: join(work, 'locales'),
        localeCodesModule: join(work, 'locales', 'locale-codes.ts'),
      },
      baseDir: ROOT,
      resolve: (path) => resolve(ROOT, path),
    };
    localizer = new RuntimeLitLocalizer(config);
    const extracted = localizer.extractSourceMessages();
    assert.deepEqual(
      extracted.errors.map((e) =>
        typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText,
      ),
      [],
      'msg() calls lit-localize cannot read',
    );
    source = new Map(extracted.messages.map((m) => [m.name, m]));
    translations = localizer.readTranslationsSync().translations;
  });

  after(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('has messages to translate, and a translation file for every target locale', () => {
    assert.ok(source.size > 300, `only ${source.size} messages found in src/`);
    assert.deepEqual([...translations.keys()].sort(), [...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      it('translates every message of src/, and only those', () => {
        const ids = new Set(translations.get(locale)!.map((m) => m.name));
        const missing = [...source.keys()].filter((id) => !ids.has(id));
        const stale = [...ids].filter((id) => !source.has(id));
        assert.deepEqual(
          missing.map((id) => `${id}: ${textOf(source.get(id)!)}`),
          [],
          'messages without a translation: run npm run localize:extract and translate them',
        );
        assert.deepEqual(stale, [], 'translations of messages that are no longer in src/');
      });

      it('gives every message a non-empty target with the same placeholders as the source', () => {
        for (const message of translations.get(locale)!) {
          const original = source.get(message.name);
          if (!original) continue;
          assert.notEqual(textOf(message), '', `${message.name} has an empty target`);
          assert.deepEqual(
            placeholdersOf(message),
            placeholdersOf(original),
            `${message.name} (“${textOf(original)}”) must keep its placeholders, each once`,
          );
        }
      });

      it('leaves at most 10% of the messages in English (short technical terms may stay)', () => {
        const same = translations
          .get(locale)!
          .filter((m) => source.has(m.name) && textOf(m) === textOf(source.get(m.name)!));
        assert.ok(
          same.length <= source.size * 0.1,
          `${same.length} of ${source.size} messages equal the English: ${same.map(textOf).join(', ')}`,
        );
      });

      it('has a locale module whose templates are exactly the messages of src/', async () => {
        const module = (await import(`../../src/locales/${locale}.js`)) as {
          templates: Record<string, unknown>;
        };
        assert.deepEqual(Object.keys(module.templates).sort(), [...source.keys()].sort());
      });
    });
  }

  it('builds src/locales/*.ts exactly as committed, without any missing message', async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      await localizer.build();
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, [], 'lit-localize build warned');
    for (const file of [...LOCALES.map((l) => `${l}.ts`), 'locale-codes.ts']) {
      const committedPath = join(ROOT, configFile.output.outputDir, file);
      const options = await prettier.resolveConfig(committedPath);
      const built = await prettier.format(await readFile(join(work, 'locales', file), 'utf8'), {
        ...options,
        filepath: committedPath,
      });
      assert.equal(
        await readFile(committedPath, 'utf8'),
        built,
        `src/locales/${file} is out of date: run npm run localize:build`,
      );
    }
  });

  it('would not change xliff/*.xlf when extracting again', async () => {
    await localizer.writeInterchangeFiles();
    for (const locale of LOCALES) {
      assert.equal(
        await readFile(join(work, 'xliff', `${locale}.xlf`), 'utf8'),
        await readFile(join(ROOT, configFile.interchange.xliffDir, `${locale}.xlf`), 'utf8'),
        `xliff/${locale}.xlf is out of date: run npm run localize:extract, then translate`,
      );
    }
  });

  it('splits the translations by part exactly as committed (npm run localize:build)', async () => {
    const outputDir = join(ROOT, configFile.output.outputDir);
    const generated = await generateParts();
    for (const file of generated) {
      assert.equal(
        await readFile(join(outputDir, file.name), 'utf8'),
        file.text,
        `src/locales/${file.name} is out of date: run npm run localize:build`,
      );
    }
    const split = (await readdir(outputDir)).filter(
      (name) => /^[\w-]+\.[\w-]+\.ts$/.test(name) || name === 'parts.ts' || name === 'button.ts',
    );
    assert.deepEqual(
      split.sort(),
      generated.map((f) => f.name).sort(),
      'stale files in src/locales',
    );
  });

  it("has every element ask for the translations of its module's part", async () => {
    const components = join(ROOT, 'src/components');
    for (const entry of await readdir(components, { recursive: true })) {
      if (!entry.endsWith('.component.ts')) continue;
      const file = join(components, entry);
      const declared = /static override messages: MessagePart = '([\w-]+)'/.exec(
        await readFile(file, 'utf8'),
      )?.[1];
      if (declared) assert.equal(declared, partOf(file), `${entry} asks for another part`);
    }
  });
});
