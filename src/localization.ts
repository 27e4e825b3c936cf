/**
 * Runtime localization (@lit/localize, runtime mode). English is the source; translations are in
 * xliff/*.xlf, built into src/locales/ by `npm run localize:build`, split by part of the SDK
 * (scripts/sdk-parts.ts): a page downloads the language it shows, and of it only the parts whose
 * elements it uses. Each element asks for its part before it renders (`useLocale`); when the
 * language changes, every part asked for so far loads in the new one.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from './locales/locale-codes.js';
import {
  CORE,
  KEY_LENGTH,
  NEEDS,
  type MessagePart,
  type TargetLocale,
  type Templates,
} from './locales/parts.js';

/** Translations loaded so far, per language, keyed as in src/locales/ (a prefix of the id). */
const loaded = new Map<TargetLocale, Templates>();
/** Loads finished or under way, per `language/part`. */
const loads = new Map<string, Promise<void>>();
/** Every part an element asked for. */
const parts = new Set<MessagePart>();

const isTarget = (locale: string): locale is TargetLocale =>
  (targetLocales as readonly string[]).includes(locale);

/** A language's part, through its core part (which has the loaders of the others). */
async function partModule(locale: TargetLocale, part: MessagePart) {
  const core = await CORE[locale]();
  return part === 'core' ? core : core.LOADERS[part]();
}

function loadPart(locale: TargetLocale, part: MessagePart): Promise<void> {
  const key = `${locale}/${part}`;
  let load = loads.get(key);
  if (!load) {
    load = partModule(locale, part).then(
      (module) => void Object.assign(loaded.get(locale)!, module.templates),
      (error: unknown) => {
        loads.delete(key); // a later request tries again
        throw error;
      },
    );
    loads.set(key, load);
  }
  return load;
}

/** The parts asked for so far, in `locale`. */
function loadParts(locale: TargetLocale): Promise<unknown> {
  if (!loaded.has(locale)) loaded.set(locale, {});
  return Promise.all([...parts].map((part) => loadPart(locale, part)));
}

/**
 * What lit-localize looks messages up in: the loaded translations of a language, read through
 * the shortened keys, so that parts loaded later are found too.
 */
function lookup(locale: TargetLocale): Templates {
  const templates = loaded.get(locale)!;
  return new Proxy(templates, {
    get: (target, id) => (typeof id === 'string' ? target[id.slice(0, KEY_LENGTH)] : undefined),
  });
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const target = locale as TargetLocale;
    await loadParts(target);
    return { templates: lookup(target) } as Awaited<
      ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>
    >;
  },
});

let wanted: string = sourceLocale;

/** Switches every eq- element to `locale` (they re-render when its strings have loaded). */
export async function useLocale(locale: string): Promise<void> {
  await localeReady(locale);
}

/**
 * Shows every eq- element in `locale`, with the texts of `part` (and of the parts it imports):
 * loads what is missing and switches the page's language (one per page: the last one asked
 * wins). Undefined when they can be shown now, else a promise that resolves once they can;
 * elements shown already re-render then.
 */
export function localeReady(locale: string, part?: MessagePart): Promise<void> | undefined {
  const added = part ? NEEDS[part].filter((p) => !parts.has(p)) : [];
  for (const p of added) parts.add(p);
  wanted = locale;
  const switching = getLocale() !== locale;
  if (!switching && (added.length === 0 || !isTarget(locale))) return undefined;
  return load(locale, switching);
}

async function load(locale: string, switching: boolean): Promise<void> {
  try {
    // Every part asked for so far (a switch under way may not have the latest one).
    if (isTarget(locale)) await loadParts(locale);
    if (switching && wanted === locale) await setLocale(locale);
  } catch (error) {
    console.error(`[eq-support] the ${locale} translations could not be loaded`, error);
  }
  if (!switching) {
    // Elements shown already re-render with the new texts, as after a change of language.
    window.dispatchEvent(
      new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }),
    );
  } else if (wanted !== getLocale() && wanted !== locale) {
    // A later request won while this one was loading: apply it.
    await localeReady(wanted);
  }
}

export { getLocale };

/** A text with a count, written once per plural form (CLDR: one, two, few, many, other…). */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted text that `count` takes in the language shown, by that language's own
 * rules (`Intl.PluralRules`): English has one and other, Polish one, few and many, French counts
 * 0 as one. Each form is a `msg()` of its own with an explicit id, since one English text stands
 * for several Polish forms; a form a language does not use falls back to `other`.
 */
export function plural(count: number, forms: PluralForms): string {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(count)] ?? forms.other;
}
