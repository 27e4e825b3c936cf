/**
 * The button's texts, without the localization runtime: the button is all a page loads before
 * anyone opens the launcher, and its few texts in every language weigh less than @lit/localize
 * and a catalog. `msg` and `str` have @lit/localize's types, so `npm run localize:extract` finds
 * these texts like any other (xliff/), and `npm run localize:build` writes their translations to
 * src/locales/button.ts.
 */
import type { msg as litMsg, str as litStr, StrResult } from '@lit/localize';
import { BUTTON_TEXTS } from '../../locales/button.js';

/** @lit/localize's `str` tag: the strings and values of a text with values. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof litStr;

/** @lit/localize's `msg` for the button's texts, in `locale` (English when it has none). */
export function buttonMsg(locale: string): typeof litMsg {
  const texts: Record<string, string> | undefined =
    BUTTON_TEXTS[locale as keyof typeof BUTTON_TEXTS];
  const translate = (template: string | StrResult): string => {
    if (typeof template === 'string') return texts?.[template] ?? template;
    // The English text with `${i}` for the i-th value, as src/locales/button.ts keys it.
    const key = template.strings.reduce((text, part, i) => `${text}\${${i - 1}}${part}`);
    return (texts?.[key] ?? key).replace(/\$\{(\d+)\}/g, (_, i: string) =>
      String(template.values[Number(i)]),
    );
  };
  return translate as typeof litMsg;
}
