/**
 * The reference backend speaks the SDK's languages:
 * - every translation of the taxonomy covers every id and every text of the English one, with
 *   nothing missing or extra, and uses the SDK's own words where the SDK translates the same text;
 * - `Accept-Language` is negotiated (q-values, regional tags, unknown → English) and answered with
 *   `Content-Language` and `Vary: Accept-Language`;
 * - the texts the backend writes into a case's history follow the request's language;
 * - the OpenAPI document says so.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { Case, Taxonomy } from '../../src/api/schemas.js';
import { type NewCase } from '../../src/api/request-schemas.js';
import { LOCALES, type Locale } from '../../src/api/locales.js';
import { templates as es } from '../../src/locales/es.js';
import { templates as fr } from '../../src/locales/fr.js';
import { templates as pl } from '../../src/locales/pl.js';
import { templates as ptBR } from '../../src/locales/pt-BR.js';
import { createApp } from '../../demo/server/app.js';
import { MemoryBlobStore } from '../../demo/server/blobs.js';
import { HISTORY_TEXTS, negotiateLocale } from '../../demo/server/language.js';
import { MemoryStore } from '../../demo/server/memory-store.js';
import { buildSeed } from '../../demo/server/seed/index.js';
import { taxonomy as english } from '../../demo/server/seed/taxonomy.js';
import {
  taxonomyTranslations,
  translateTaxonomy,
  type TaxonomyTranslation,
  type TranslatedLocale,
} from '../../demo/server/seed/taxonomy-i18n.js';

const TRANSLATED = Object.keys(taxonomyTranslations) as TranslatedLocale[];

/** Product names and terms the portal keeps in English, where a translation may equal the source. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Instant Insights']);
const SAME_IN: Record<TranslatedLocale, Set<string>> = {
  fr: new Set(['Reporting', 'Deals']),
  es: new Set(['Deals']),
  pl: new Set(['Programmatic']),
  'pt-BR': new Set(['Deals']),
};

/** The SDK's own translations (src/locales, built from xliff/), by message id. */
const SDK_MESSAGES: Record<TranslatedLocale, Record<string, unknown>> = {
  fr,
  es,
  pl,
  'pt-BR': ptBR,
};

const sorted = (values: Iterable<string>) => [...values].sort();

/** Every text of a taxonomy with where it is, e.g. `priorities.blocker.examples.2`. */
function textsOf(t: Taxonomy): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of t.priorities) {
    texts.set(`priorities.${p.id}.label`, p.label);
    texts.set(`priorities.${p.id}.description`, p.description);
    p.examples.forEach((e, i) => texts.set(`priorities.${p.id}.examples.${i}`, e));
  }
  t.blockerPolicy.forEach((rule, i) => texts.set(`blockerPolicy.${i}`, rule));
  for (const type of t.caseTypes) {
    texts.set(`caseTypes.${type.id}.label`, type.label);
    for (const c of type.categories) texts.set(`caseTypes.${type.id}.categories.${c.id}`, c.label);
  }
  for (const [list, items] of [
    ['closeReasons', t.closeReasons],
    ['concernCategories', t.concernCategories],
  ] as const) {
    for (const item of items) {
      texts.set(`${list}.${item.id}.label`, item.label);
      if (item.description !== undefined)
        texts.set(`${list}.${item.id}.description`, item.description);
    }
  }
  t.outOfScope.forEach((item, i) => texts.set(`outOfScope.${i}`, item));
  return texts;
}

/** The ids of a taxonomy, in order, with their structure. */
const idsOf = (t: Taxonomy) => ({
  priorities: t.priorities.map((p) => p.id),
  caseTypes: t.caseTypes.map((type) => [type.id, type.categories.map((c) => c.id)]),
  closeReasons: t.closeReasons.map((r) => r.id),
  concernCategories: t.concernCategories.map((c) => c.id),
});

describe('taxonomy translations', () => {
  test('cover the languages of the SDK but English', () => {
    assert.deepEqual(sorted(TRANSLATED), sorted(LOCALES.filter((l) => l !== 'en')));
  });

  for (const locale of TRANSLATED) {
    const translation: TaxonomyTranslation = taxonomyTranslations[locale];

    test(`${locale}: every id of the English taxonomy, and no other`, () => {
      const ids = (items: { id: string }[]) => sorted(items.map((i) => i.id));
      assert.deepEqual(sorted(Object.keys(translation.priorities)), ids(english.priorities));
      assert.deepEqual(sorted(Object.keys(translation.caseTypes)), ids(english.caseTypes));
      for (const type of english.caseTypes) {
        assert.deepEqual(
          sorted(Object.keys(translation.caseTypes[type.id]?.categories ?? {})),
          ids(type.categories),
          `categories of ${type.id}`,
        );
      }
      assert.deepEqual(sorted(Object.keys(translation.closeReasons)), ids(english.closeReasons));
      assert.deepEqual(
        sorted(Object.keys(translation.concernCategories)),
        ids(english.concernCategories),
      );
    });

    test(`${locale}: every text of the English taxonomy, and no other`, () => {
      for (const p of english.priorities) {
        assert.equal(
          translation.priorities[p.id].examples.length,
          p.examples.length,
          `examples of ${p.id}`,
        );
      }
      assert.equal(translation.blockerPolicy.length, english.blockerPolicy.length, 'Blocker rules');
      assert.equal(translation.outOfScope.length, english.outOfScope.length, 'support scope');
      for (const [list, items] of [
        ['closeReasons', english.closeReasons],
        ['concernCategories', english.concernCategories],
      ] as const) {
        for (const item of items) {
          const translated = (translation[list] as Record<string, { description?: string }>)[
            item.id
          ];
          assert.equal(
            translated?.description !== undefined,
            item.description !== undefined,
            `${list}.${item.id} has a description exactly when the English one has`,
          );
        }
      }

      const translated = translateTaxonomy(english, translation);
      assert.ok(Taxonomy.safeParse(translated).success, 'still the contract');
      assert.deepEqual(idsOf(translated), idsOf(english), 'same ids, same order');
      const source = textsOf(english);
      const texts = textsOf(translated);
      assert.deepEqual([...texts.keys()], [...source.keys()]);
      for (const [where, text] of texts) {
        const englishText = source.get(where)!;
        assert.match(text, /^\S(.*\S)?$/s, `${where} is a trimmed, non-empty text`);
        assert.ok(!/ {2}/.test(text), `${where} has no double space: "${text}"`);
        if (!SAME_IN_EVERY_LANGUAGE.has(englishText) && !SAME_IN[locale].has(englishText)) {
          assert.notEqual(text, englishText, `${where} is translated`);
        }
        // Full stops where the English has them (and only there).
        assert.equal(text.endsWith('.'), englishText.endsWith('.'), `${where}: "${text}"`);
      }
    });

    test(`${locale}: the same words as the SDK where it translates the same English text`, () => {
      const sdk = SDK_MESSAGES[locale];
      const translated = textsOf(translateTaxonomy(english, translation));
      let shared = 0;
      for (const [where, englishText] of textsOf(english)) {
        const fromSdk = sdk[generateMsgId(englishText, false)];
        if (typeof fromSdk !== 'string') continue;
        shared++;
        assert.equal(translated.get(where), fromSdk, `${where} ("${englishText}")`);
      }
      // Priorities, close reasons and concern categories are fallbacks of the SDK too.
      assert.ok(shared >= 4 + 5 + 4 + 12, `${shared} texts shared with the SDK`);
    });
  }
});

describe('Accept-Language negotiation', () => {
  const cases: [string | undefined, Locale][] = [
    [undefined, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['es-419', 'es'],
    ['pl-PL,pl;q=0.9', 'pl'],
    ['de', 'en'],
    ['*', 'en'],
    ['de-DE, fr;q=0.5', 'fr'],
    ['en;q=0.5, pl', 'pl'],
    ['fr;q=0.4, es;q=0.8, en;q=0.2', 'es'],
    ['es;q=0.8, fr;q=0.8', 'es'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['fr;q=0, pl;q=0.1', 'pl'],
    ['fr;q=0', 'en'],
    ['fr ; q = 0.5 , de', 'fr'],
    ['fr;q=oops, es', 'es'],
    [',,;q=1, pl', 'pl'],
  ];
  for (const [header, expected] of cases) {
    test(`${JSON.stringify(header)} → ${expected}`, () => {
      assert.equal(negotiateLocale(header), expected);
    });
  }
});

describe('reference backend in the language asked for', () => {
  const seed = buildSeed();
  let app: ReturnType<typeof createApp>;

  const request = async (
    method: string,
    path: string,
    init: { language?: string; json?: unknown; key?: string } = {},
  ) => {
    const headers: Record<string, string> = { Authorization: 'Bearer demo-user-1' };
    if (init.language !== undefined) headers['Accept-Language'] = init.language;
    if (init.key) headers['Idempotency-Key'] = init.key;
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const res = await app.request(`http://localhost/api${path}`, {
      method,
      headers,
      body: init.json === undefined ? null : JSON.stringify(init.json),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
  };

  const varyOf = (headers: Headers) =>
    (headers.get('Vary') ?? '').split(',').map((v) => v.trim().toLowerCase());

  before(async () => {
    const store = new MemoryStore();
    await store.init(seed);
    app = createApp({
      store,
      blobs: new MemoryBlobStore(),
      seed,
      signingSecret: 'test-secret',
      corsOrigins: ['https://host.example'],
    });
  });

  test('GET /taxonomy answers in the negotiated language, says which, and varies on it', async () => {
    for (const [header, locale] of [
      ['fr-CA, fr;q=0.9, en;q=0.8', 'fr'],
      ['es', 'es'],
      ['pl', 'pl'],
      ['pt-PT', 'pt-BR'],
      ['pt-BR', 'pt-BR'],
      ['de', 'en'],
      [undefined, 'en'],
    ] as const) {
      const reply = await request('GET', '/taxonomy', header ? { language: header } : {});
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('Content-Language'), locale, String(header));
      assert.ok(varyOf(reply.headers).includes('accept-language'), String(header));
      const taxonomy = Taxonomy.parse(reply.body);
      assert.deepEqual(idsOf(taxonomy), idsOf(seed.taxonomy), 'ids never change');
      assert.deepEqual(
        taxonomy,
        locale === 'en'
          ? seed.taxonomy
          : translateTaxonomy(seed.taxonomy, seed.taxonomyTranslations[locale]),
      );
    }
    const french = Taxonomy.parse((await request('GET', '/taxonomy', { language: 'fr' })).body);
    assert.deepEqual(
      french.priorities.map((p) => p.label),
      ['Bloquante', 'Critique', 'Moyenne', 'Basse'],
    );
    assert.match(french.priorities[0]!.description, /^Une panne du service/);
  });

  test('a cross-origin answer keeps varying on Origin too', async () => {
    const res = await app.request('http://localhost/api/taxonomy', {
      headers: {
        Authorization: 'Bearer demo-user-1',
        Origin: 'https://host.example',
        'Accept-Language': 'pl',
      },
    });
    assert.equal(res.headers.get('Content-Language'), 'pl');
    assert.deepEqual(sorted(varyOf(res.headers)), ['accept-language', 'origin']);
  });

  test('closing, replying and reopening write the history in the language of the request', async () => {
    const type = seed.taxonomy.caseTypes[0]!;
    const input: NewCase = {
      priority: 'low',
      subject: 'Documentation question about deal IDs',
      description: 'Where is the deal ID shown in the reporting?',
      typeId: type.id,
      categoryId: type.categories[0]!.id,
    };
    const created = Case.parse(
      (await request('POST', '/cases', { json: input, key: crypto.randomUUID() })).body,
    );
    const closed = Case.parse(
      (
        await request('POST', `/cases/${created.id}/close`, {
          language: 'fr-FR',
          json: { reason: 'working_as_designed' },
        })
      ).body,
    );
    const closing = closed.history.findLast((e) => e.kind === 'status_change');
    assert.equal(
      closing?.kind === 'status_change' && closing.reason,
      'Fonctionnement conforme à la conception',
    );
    assert.equal(closed.closeReason, 'working_as_designed', 'the code stays the code');

    const reopened = Case.parse(
      (
        await request('POST', `/cases/${created.id}/reopen`, {
          language: 'pl',
          json: { message: 'Problem wrócił.' },
        })
      ).body,
    );
    const reopening = reopened.history.findLast((e) => e.kind === 'status_change');
    assert.equal(
      reopening?.kind === 'status_change' && reopening.reason,
      HISTORY_TEXTS.pl.reopened,
    );

    const waiting = (
      (await request('GET', '/cases?status=waiting_for_customer&limit=1')).body as {
        items: { id: string }[];
      }
    ).items[0]!;
    const replied = Case.parse(
      (
        await request('POST', `/cases/${waiting.id}/messages`, {
          language: 'es-ES',
          json: { body: 'Aquí están los registros.' },
        })
      ).body,
    );
    const reply = replied.history.findLast((e) => e.kind === 'status_change');
    assert.equal(reply?.kind === 'status_change' && reply.reason, 'El cliente ha respondido');

    const english = Case.parse(
      (
        await request('POST', `/cases/${created.id}/close`, {
          json: { reason: 'no_longer_an_issue' },
        })
      ).body,
    );
    const last = english.history.findLast((e) => e.kind === 'status_change');
    assert.equal(last?.kind === 'status_change' && last.reason, 'No longer an issue');
  });

  test('the OpenAPI document tells about Accept-Language, Content-Language and Vary', async () => {
    interface Operation {
      parameters?: { name: string; in: string }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    }
    const doc = (await request('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const taxonomy = doc.paths['/taxonomy']!.get!;
    assert.ok(taxonomy.parameters?.some((p) => p.name === 'Accept-Language' && p.in === 'header'));
    assert.deepEqual(sorted(Object.keys(taxonomy.responses['200']!.headers ?? {})), [
      'Content-Language',
      'Vary',
    ]);
    for (const path of ['/cases/{id}/close', '/cases/{id}/reopen', '/cases/{id}/messages']) {
      assert.ok(
        doc.paths[path]!.post!.parameters?.some((p) => p.name === 'Accept-Language'),
        path,
      );
    }
  });
});
