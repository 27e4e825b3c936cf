/**
 * fast-check arbitraries from JSON Schemas (the draft 2020-12 subset an OpenAPI 3.1 document
 * uses): `validValue` builds values a schema accepts, `invalidValue` values it refuses (a wrong
 * type, a missing required property, a string too long, a value outside the enum…).
 *
 * Generic: it knows nothing of the API. `$ref`s are JSON pointers into `root` (`#/components/…`).
 * Keywords it cannot build values for directly (`allOf`, `not`, `oneOf`'s exclusivity,
 * `multipleOf`, lookaheads in a `pattern`) are met by drawing a few candidates and keeping one
 * that `conforms`, a validator the caller hands in (the contract test uses ajv). Values are best
 * effort, never a loop without end: a caller that must know checks what it got (the contract
 * test classifies every request it sends with the same validator).
 */
import fc from 'fast-check';

export type JsonSchema = boolean | SchemaObject;
export type SchemaObject = Record<string, unknown>;

export interface Generation {
  /** The document `$ref`s point into. */
  root: unknown;
  /** Whether `value` conforms to `schema` (e.g. ajv); used to filter what cannot be built exactly. */
  conforms?: (schema: JsonSchema, value: unknown) => boolean;
  /**
   * Replaces (or wraps) the arbitrary of the value at `path` (property names; `*` for an array
   * item): where realistic values come from, e.g. ids seen in earlier answers.
   */
  refine?: (
    arb: fc.Arbitrary<unknown>,
    schema: SchemaObject,
    path: readonly string[],
  ) => fc.Arbitrary<unknown>;
  /** Strings of printable ASCII only, without blanks at either end (header values). */
  ascii?: boolean;
}

const MAX_DEPTH = 24;

/** Marks a mutation that found nothing to break this time. */
const NONE = Symbol('none');

/**
 * The first of up to `tries` values of `arb` that is `ok`, else the first value drawn. Unlike
 * `filter`, it always ends, even when `ok` is rare or impossible (a value that misses is then
 * caught by the caller's own check), and draws no more than it needs.
 */
class FirstOf<T> extends fc.Arbitrary<T> {
  constructor(
    private readonly arb: fc.Arbitrary<T>,
    private readonly ok: (v: T) => boolean,
    private readonly tries: number,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    let first: fc.Value<T> | undefined;
    for (let i = 0; i < this.tries; i++) {
      const value = this.arb.generate(mrng, biasFactor);
      if (this.ok(value.value)) return value;
      first ??= value;
    }
    return first!;
  }

  canShrinkWithoutContext(_value: unknown): _value is T {
    return false;
  }

  shrink(): fc.Stream<fc.Value<T>> {
    return fc.Stream.nil();
  }
}

const firstOf = <T>(arb: fc.Arbitrary<T>, ok: (v: T) => boolean, tries = 6): fc.Arbitrary<T> =>
  new FirstOf(arb, ok, tries);

const isObject = (v: unknown): v is SchemaObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** The value at `ref` (`#/a/b~1c`) in `root`. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`Only local $refs are supported: ${ref}`);
  const tokens = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const token of tokens) {
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`Unresolvable $ref ${ref}`);
    node = (node as Record<string, unknown>)[token];
  }
  if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return node;
}

/** `schema` with a top-level `$ref` followed (its sibling keywords kept alongside). */
export function deref(schema: JsonSchema, root: unknown, depth = 0): JsonSchema {
  if (!isObject(schema) || typeof schema.$ref !== 'string') return schema;
  if (depth > MAX_DEPTH) throw new Error(`$ref chain too deep at ${schema.$ref}`);
  const { $ref, ...siblings } = schema;
  const target = deref(resolvePointer(root, $ref) as JsonSchema, root, depth + 1);
  const meaningful = Object.keys(siblings).filter(
    (k) => !['description', 'title', 'examples', '$comment', 'default'].includes(k),
  );
  if (meaningful.length === 0) return target;
  return { allOf: [target, siblings] };
}

const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;
type JsonType = (typeof JSON_TYPES)[number];

const typeOfValue = (v: unknown): JsonType =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : (typeof v as JsonType);

/** The JSON types `schema` allows, or null when it does not say (any). */
function typesOf(schema: JsonSchema, root: unknown): JsonType[] | null {
  const s = deref(schema, root);
  if (s === true) return null;
  if (s === false) return [];
  if (typeof s.type === 'string') return [s.type as JsonType];
  if (Array.isArray(s.type)) return s.type as JsonType[];
  if ('const' in s) return [typeOfValue(s.const)];
  if (Array.isArray(s.enum)) return [...new Set(s.enum.map(typeOfValue))];
  const branches = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches)) {
    const all = branches.map((b) => typesOf(b, root));
    if (all.some((t) => t === null)) return null;
    return [...new Set(all.flat() as JsonType[])];
  }
  if (isObject(s.properties) || Array.isArray(s.required)) return ['object'];
  if (s.items !== undefined || s.prefixItems !== undefined) return ['array'];
  if (s.minLength !== undefined || s.maxLength !== undefined || s.pattern !== undefined)
    return ['string'];
  if (s.minimum !== undefined || s.maximum !== undefined) return ['number'];
  return null;
}

/** Code points, as JSON Schema counts a string's length. */
const lengthOf = (v: string) => [...v].length;

/** Characters that break things: NUL, unpaired surrogates, bidi overrides, BOM, new lines. */
const HOSTILE = fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', '\n', '"', '\\');
const UNIT = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: HOSTILE },
);
const ASCII_UNIT = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 });
/** Printable ASCII with no blank at either end (HTTP trims header values). */
const HEADER_SAFE = /^(?:[!-~](?:[ -~]*[!-~])?)?$/;

/**
 * `pattern` rewritten for fast-check's `stringMatching`, whose values are then checked against
 * the real pattern: lookarounds (which it cannot build) are dropped, and the small ranges of a
 * character class are spelled out, so each character is as likely as another (it picks among a
 * class's parts first: in `[0-9 ().-]` a digit would come one time in six, not ten in fifteen).
 */
export function forGeneration(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (ch === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      out += spelledOut(pattern.slice(i, j + 1));
      i = j;
      continue;
    }
    if (ch === '(' && /^\(\?<?[=!]/.test(pattern.slice(i))) {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        const c = pattern[j]!;
        if (c === '\\') j++;
        else if (c === '[') {
          j++;
          while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
        } else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i = j; // the whole group is dropped
      continue;
    }
    out += ch;
  }
  return out;
}

/** A character class with its ranges of up to 64 characters (and `\d`) listed one by one. */
function spelledOut(cls: string): string {
  if (cls.startsWith('[^')) return cls;
  const body = cls.slice(1, -1);
  const parts: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      const escaped = body.slice(i, i + 2);
      i += 1;
      parts.push(...(escaped === '\\d' ? '0123456789'.split('') : [escaped]));
      continue;
    }
    const to = body[i + 2];
    if (body[i + 1] === '-' && to !== undefined && to !== '\\' && i + 2 < body.length) {
      const from = ch.codePointAt(0)!;
      const end = to.codePointAt(0)!;
      if (end >= from && end - from < 64) {
        for (let c = from; c <= end; c++)
          parts.push(String.fromCodePoint(c).replace(/[\]\\^-]/g, '\\$&'));
        i += 2;
        continue;
      }
    }
    parts.push(ch === '-' || ch === '^' ? `\\${ch}` : ch);
  }
  return `[${parts.join('')}]`;
}

function patternArb(
  pattern: string,
  g: Generation,
  fits: (v: string) => boolean,
): fc.Arbitrary<string> {
  const re = new RegExp(pattern, 'u');
  let arb: fc.Arbitrary<string>;
  try {
    const simpler = new RegExp(forGeneration(pattern));
    arb = fc.oneof(
      fc.stringMatching(simpler, { size: 'xsmall' }),
      fc.stringMatching(simpler, { size: 'small' }),
    );
  } catch {
    arb = fc.string({ unit: g.ascii ? ASCII_UNIT : UNIT, maxLength: 40 });
  }
  return firstOf(arb, (v) => re.test(v) && fits(v), 20);
}

function formatArb(format: string): fc.Arbitrary<string> | undefined {
  const date = fc.date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2999-12-31T23:59:59Z'),
    noInvalidDate: true,
  });
  switch (format) {
    case 'date-time':
      return date.map((d) => d.toISOString());
    case 'date':
      return date.map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'uuid':
      return fc.uuid();
    default:
      return undefined;
  }
}

/** A string of exactly `length` code points, fast even when long (a repeated chunk). */
const exactly = (length: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: ASCII_UNIT, minLength: 1, maxLength: 16 })
    .map((chunk) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

function stringArb(s: SchemaObject, g: Generation): fc.Arbitrary<string> {
  const min = num(s.minLength) ?? 0;
  const max = num(s.maxLength);
  const fits = (v: string) =>
    lengthOf(v) >= min &&
    (max === undefined || lengthOf(v) <= max) &&
    (!g.ascii || HEADER_SAFE.test(v));
  if (typeof s.pattern === 'string') return patternArb(s.pattern, g, fits);
  const format = typeof s.format === 'string' ? formatArb(s.format) : undefined;
  if (format) return firstOf(format, fits);
  const unit = g.ascii ? ASCII_UNIT : UNIT;
  const typical = Math.min(max ?? min + 32, min + 32);
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 10, arbitrary: fc.string({ unit, minLength: min, maxLength: typical }) },
  ];
  // The boundaries: exactly as long as allowed (large maxima too, now and then).
  if (max !== undefined && max > typical) options.push({ weight: 1, arbitrary: exactly(max) });
  return firstOf(fc.oneof(...options), fits);
}

function numberArb(s: SchemaObject, integer: boolean): fc.Arbitrary<number> {
  let min = num(s.minimum) ?? -Number.MAX_SAFE_INTEGER;
  let max = num(s.maximum) ?? Number.MAX_SAFE_INTEGER;
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  if (integer) {
    if (exMin !== undefined) min = Math.max(min, Math.floor(exMin) + 1);
    if (exMax !== undefined) max = Math.min(max, Math.ceil(exMax) - 1);
    min = Math.ceil(Math.max(min, -Number.MAX_SAFE_INTEGER));
    max = Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER));
    const small = fc.integer({
      min: Math.max(min, -(2 ** 31)),
      max: Math.min(max, 2 ** 31 - 1),
    });
    return min >= -(2 ** 31) && max <= 2 ** 31 - 1
      ? small
      : fc.oneof(
          { weight: 8, arbitrary: small },
          { weight: 1, arbitrary: fc.constantFrom(min, max) },
        );
  }
  return firstOf(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
    (v) => (exMin === undefined || v > exMin) && (exMax === undefined || v < exMax),
  );
}

/** Any JSON value, small. */
const anyJson = (): fc.Arbitrary<unknown> => fc.jsonValue({ maxDepth: 2 });

/** Keywords this module approximates: values are filtered by `conforms` when they occur. */
const APPROXIMATED = [
  'allOf',
  'oneOf',
  'not',
  'if',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'propertyNames',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
];

/** An arbitrary of values `schema` accepts. */
export function validValue(
  schema: JsonSchema,
  g: Generation,
  path: readonly string[] = [],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) throw new Error(`Schema too deep at ${path.join('.')}`);
  const s = deref(schema, g.root);
  if (s === true) return anyJson();
  if (s === false)
    throw new Error(`No value satisfies the schema at ${path.join('.') || '(root)'}`);
  let arb = build(s, g, path, depth);
  if (g.conforms && APPROXIMATED.some((k) => k in s)) {
    const conforms = g.conforms;
    arb = firstOf(arb, (v) => conforms(s, v), 12);
  }
  return g.refine ? g.refine(arb, s, path) : arb;
}

function build(
  s: SchemaObject,
  g: Generation,
  path: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as JsonSchema[]).map((p) => deref(p, g.root));
    const { allOf: _a, ...rest } = s;
    const merged = mergeObjects([rest, ...parts]);
    if (merged) return build(merged, g, path, depth);
    return validValue(parts[0] ?? true, g, path, depth + 1);
  }
  const branches = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches)) {
    const { anyOf: _a, oneOf: _o, ...rest } = s;
    return fc.oneof(
      ...branches.map((b) => validValue(mergeInto(rest, deref(b, g.root)), g, path, depth + 1)),
    );
  }
  const types = typesOf(s, g.root);
  if (types === null) return anyJson();
  return fc.oneof(...types.map((t) => ofType(t, s, g, path, depth)));
}

/** `rest`'s keywords added to a branch (e.g. `type` next to `anyOf`). */
function mergeInto(rest: SchemaObject, branch: JsonSchema): JsonSchema {
  if (branch === true) return Object.keys(rest).length ? rest : true;
  if (branch === false) return false;
  return { ...rest, ...branch };
}

/** The `allOf` parts as one schema when each is a plain object schema, else null. */
function mergeObjects(parts: JsonSchema[]): SchemaObject | null {
  const merged: SchemaObject = {};
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const part of parts) {
    if (part === true) continue;
    if (part === false || '$ref' in part || 'anyOf' in part || 'oneOf' in part) return null;
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties' && isObject(v)) Object.assign(properties, v);
      else if (k === 'required' && Array.isArray(v)) v.forEach((r) => required.add(String(r)));
      else if (k in merged && JSON.stringify(merged[k]) !== JSON.stringify(v)) return null;
      else merged[k] = v;
    }
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  return merged;
}

function ofType(
  type: JsonType,
  s: SchemaObject,
  g: Generation,
  path: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArb(s, g);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArb(s, g, path, depth);
    case 'object':
      return objectArb(s, g, path, depth);
  }
}

function arrayArb(
  s: SchemaObject,
  g: Generation,
  path: readonly string[],
  depth: number,
): fc.Arbitrary<unknown[]> {
  const min = num(s.minItems) ?? 0;
  const max = Math.min(num(s.maxItems) ?? min + 4, min + 4);
  const item =
    s.items === undefined
      ? anyJson()
      : validValue(s.items as JsonSchema, g, [...path, '*'], depth + 1);
  const prefix = Array.isArray(s.prefixItems)
    ? (s.prefixItems as JsonSchema[]).map((p, i) =>
        validValue(p, g, [...path, String(i)], depth + 1),
      )
    : [];
  const rest = s.uniqueItems
    ? fc.uniqueArray(item, {
        minLength: Math.max(0, min - prefix.length),
        maxLength: Math.max(0, max - prefix.length),
        selector: (v) => JSON.stringify(v),
      })
    : fc.array(item, {
        minLength: Math.max(0, min - prefix.length),
        maxLength: Math.max(0, max - prefix.length),
      });
  return prefix.length ? fc.tuple(fc.tuple(...prefix), rest).map(([a, b]) => [...a, ...b]) : rest;
}

function objectArb(
  s: SchemaObject,
  g: Generation,
  path: readonly string[],
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = (isObject(s.properties) ? s.properties : {}) as Record<string, JsonSchema>;
  const required = Array.isArray(s.required) ? (s.required as string[]) : [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(properties)) {
    if (sub === false) continue;
    model[key] = validValue(sub, g, [...path, key], depth + 1);
  }
  for (const key of required) model[key] ??= anyJson();
  const record = fc.record(model, { requiredKeys: required.filter((k) => k in model) });
  const additional = s.additionalProperties;
  if (additional === false) return record;
  // Now and then a property the schema does not name (allowed: it says nothing against it).
  const extraValue =
    additional === undefined || additional === true
      ? anyJson()
      : validValue(additional as JsonSchema, g, [...path, '*'], depth + 1);
  const extras = fc
    .dictionary(fc.string({ minLength: 1, maxLength: 12 }), extraValue, { maxKeys: 2 })
    .map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in properties))));
  return fc.tuple(record, fc.option(extras, { freq: 6 })).map(([r, e]) => (e ? { ...e, ...r } : r));
}

// ---------------------------------------------------------------------------------------------
// Values a schema refuses
// ---------------------------------------------------------------------------------------------

const VALUES_OF_TYPE: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 8 }),
  integer: fc.integer({ min: -1000, max: 1000 }),
  number: fc.integer({ min: -1000, max: 1000 }).map((v) => v + 0.5),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
};

/**
 * An arbitrary of values `schema` refuses, or undefined when it refuses nothing this module can
 * build. With `conforms`, every value is checked to be refused.
 */
export function invalidValue(
  schema: JsonSchema,
  g: Generation,
  path: readonly string[] = [],
  depth = 0,
): fc.Arbitrary<unknown> | undefined {
  const s = deref(schema, g.root);
  if (s === true || depth > MAX_DEPTH) return undefined;
  if (s === false) return anyJson();
  const options = mutations(s, g, path, depth);
  if (options.length === 0) return undefined;
  const conforms = g.conforms;
  // Mostly refused by the schema; the caller checks what it got anyway.
  return firstOf(fc.oneof(...options), (v) => v !== NONE && !conforms?.(s, v)).map((v) =>
    v === NONE ? null : v,
  );
}

function mutations(
  s: SchemaObject,
  g: Generation,
  path: readonly string[],
  depth: number,
): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [];
  // The rest of the value stays valid (and realistic): only the one thing broken is wrong.
  const valid = () => validValue(s, g, path, depth + 1);
  const types = typesOf(s, g.root);
  if (types !== null) {
    const allowed = new Set<JsonType>(types);
    if (allowed.has('number')) allowed.add('integer');
    const wrong = JSON_TYPES.filter((t) => !allowed.has(t));
    if (wrong.length) out.push(fc.constantFrom(...wrong).chain((t) => VALUES_OF_TYPE[t]));
  }
  const listed = 'const' in s ? [s.const] : Array.isArray(s.enum) ? (s.enum as unknown[]) : null;
  if (listed) {
    const strings = listed.filter((v): v is string => typeof v === 'string');
    const outside = (v: unknown) => !listed.some((x) => JSON.stringify(x) === JSON.stringify(v));
    out.push(firstOf(fc.string({ maxLength: 12 }), outside).map((v) => (outside(v) ? v : NONE)));
    // Near misses: another case, a blank added.
    if (strings.length)
      out.push(
        fc
          .tuple(fc.constantFrom(...strings), fc.constantFrom('upper', 'space', 'suffix'))
          .map(([v, how]) =>
            how === 'upper' ? v.toUpperCase() : how === 'space' ? ` ${v}` : `${v}x`,
          )
          .map((v) => (outside(v) ? v : NONE)),
      );
  }
  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf as JsonSchema[]) {
      const inv = invalidValue(part, g, path, depth + 1);
      if (inv) out.push(inv);
    }
  }
  const isType = (t: JsonType) => types === null || types.includes(t);
  if (isType('string') && !listed) {
    const min = num(s.minLength);
    const max = num(s.maxLength);
    if (max !== undefined) out.push(fc.integer({ min: 1, max: 8 }).chain((n) => exactly(max + n)));
    if (min !== undefined && min > 0)
      out.push(fc.string({ unit: 'grapheme-ascii', minLength: min - 1, maxLength: min - 1 }));
    if (typeof s.pattern === 'string') {
      const re = new RegExp(s.pattern, 'u');
      const misses = (v: unknown) => typeof v === 'string' && !re.test(v);
      const candidates = fc.oneof(
        fc.string({ maxLength: 16 }),
        fc.constantFrom('', ' ', '\t', '\u0000', '#', 'é', '-'),
      );
      out.push(firstOf(candidates, misses).map((v) => (misses(v) ? v : NONE)));
      // A valid value with one character changed or added.
      out.push(
        fc
          .tuple(valid(), fc.constantFrom('#', ' ', 'é', '\u0000', 'x', '9'), fc.boolean())
          .map(([v, ch, front]) => (typeof v === 'string' ? (front ? ch + v : v + ch) : v))
          .map((v) => (misses(v) ? v : NONE)),
      );
    }
    if (s.format === 'date-time' || s.format === 'date')
      out.push(fc.constantFrom('yesterday', '2024-13-45T25:61:00Z', '2024-02-30', ''));
  }
  if ((isType('integer') || isType('number')) && !listed) {
    const min = num(s.minimum) ?? num(s.exclusiveMinimum);
    const max = num(s.maximum) ?? num(s.exclusiveMaximum);
    if (min !== undefined && min > -Number.MAX_SAFE_INTEGER)
      out.push(fc.integer({ min: -1000, max: 0 }).map((d) => Math.ceil(min) - 1 + d));
    if (max !== undefined && max < Number.MAX_SAFE_INTEGER)
      out.push(fc.integer({ min: 0, max: 1000 }).map((d) => Math.floor(max) + 1 + d));
    if (types?.includes('integer') && !types.includes('number'))
      out.push(
        fc
          .tuple(valid(), fc.constantFrom(0.5, 0.25, 1e-3))
          .map(([v, f]) => (typeof v === 'number' ? v + f : v)),
      );
  }
  if (isType('array') && !listed) {
    const items = s.items as JsonSchema | undefined;
    const max = num(s.maxItems);
    const min = num(s.minItems);
    const item = items === undefined ? anyJson() : validValue(items, g, [...path, '*'], depth + 1);
    if (max !== undefined) out.push(fc.array(item, { minLength: max + 1, maxLength: max + 3 }));
    if (min !== undefined && min > 0)
      out.push(fc.array(item, { minLength: min - 1, maxLength: min - 1 }));
    if (s.uniqueItems) out.push(item.map((v) => [v, v]));
    const badItem =
      items === undefined ? undefined : invalidValue(items, g, [...path, '*'], depth + 1);
    if (badItem)
      out.push(
        fc.tuple(valid(), badItem, fc.nat()).map(([arr, bad, at]) => {
          const list = Array.isArray(arr) ? [...(arr as unknown[])] : [];
          list.splice(at % (list.length + 1), 0, bad);
          return list;
        }),
      );
  }
  if (isType('object') && !listed && (isObject(s.properties) || Array.isArray(s.required))) {
    const properties = (isObject(s.properties) ? s.properties : {}) as Record<string, JsonSchema>;
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    const base = valid().map((v) => (isObject(v) ? v : {}));
    if (required.length)
      out.push(
        fc.tuple(base, fc.constantFrom(...required)).map(([o, key]) => {
          const { [key]: _dropped, ...rest } = o;
          return rest;
        }),
      );
    if (s.additionalProperties === false)
      out.push(
        fc
          .tuple(base, fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }))
          .map(([o, key, v]) => (key in properties ? NONE : { ...o, [key]: v })),
      );
    const breakable = Object.entries(properties).flatMap(([key, sub]) => {
      const bad = invalidValue(sub, g, [...path, key], depth + 1);
      return bad ? [fc.tuple(base, bad).map(([o, v]) => ({ ...o, [key]: v }))] : [];
    });
    if (breakable.length) out.push(fc.oneof(...breakable));
  }
  return out;
}
