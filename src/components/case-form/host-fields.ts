/**
 * The fields a host can prefill, lock or hide in a new case: one table, read by the case form
 * (its prefill, `readonly-fields` and `hidden-fields`). Its keys are the form's properties, listed
 * in src/components/shared/host-field-keys.ts for the launcher and the type of
 * `open({ prefill })`; the type below refuses a key that list lacks, a test one the table lacks.
 */
import type { HostFieldKey } from '../shared/host-field-keys.js';
import type { DraftFields } from './draft.js';

export interface HostField {
  /** The form's property, and the key of a prefill (`open({ prefill })`, the button's `prefill`). */
  readonly key: HostFieldKey;
  /** The form's attribute, and the name of the field in `readonly-fields` and `hidden-fields`. */
  readonly attribute: string;
  /** The field of the draft it fills. */
  readonly field: keyof DraftFields;
  /** The value when the host gives none. */
  readonly fallback?: () => string | undefined;
}

/**
 * Every field here can be prefilled, locked (shown, not editable; the host's value wins over a
 * restored draft) and hidden (not shown; its value is still sent). The values are checked like
 * anything the person types: by the contract, when the case is validated (draft.ts).
 */
export const HOST_FIELDS = [
  { key: 'priority', attribute: 'priority', field: 'priority' },
  { key: 'subject', attribute: 'subject', field: 'subject' },
  { key: 'description', attribute: 'description', field: 'description' },
  { key: 'insertionId', attribute: 'insertion-id', field: 'insertionId' },
  { key: 'dealId', attribute: 'deal-id', field: 'dealId' },
  { key: 'campaignId', attribute: 'campaign-id', field: 'campaignId' },
  {
    key: 'url',
    attribute: 'url',
    field: 'domainUrl',
    // The host page's address, when it is a web page's.
    fallback: () =>
      typeof location !== 'undefined' && /^https?:$/.test(location.protocol)
        ? location.href
        : undefined,
  },
  { key: 'type', attribute: 'type', field: 'typeId' },
  { key: 'category', attribute: 'category', field: 'categoryId' },
] as const satisfies readonly HostField[];

/** A value for each host field, under its key (the form itself, or a prefill). */
export type HostValues = Readonly<Partial<Record<HostFieldKey, string | null>>>;

/** The draft fields a host's values fill, with the fallbacks where the host gives nothing. */
export function prefilledFields(values: HostValues): Partial<DraftFields> {
  const fields: Partial<Record<keyof DraftFields, string>> = {};
  for (const { key, field, fallback } of HOST_FIELDS as readonly HostField[]) {
    const value = values[key] ?? (fallback ? fallback() : undefined);
    if (value != null) fields[field] = value;
  }
  return fields as Partial<DraftFields>;
}

/**
 * `fields` with the host's prefill applied: to every field of a new draft (`fresh`); to a restored
 * draft only where it is empty, and always to the locked fields (the host's value wins there).
 */
export function withPrefill<T extends Record<keyof DraftFields, string>>(
  fields: T,
  prefill: Partial<DraftFields>,
  fresh: boolean,
  readonlyFields: readonly string[],
): T {
  const next: Record<string, string> = { ...fields };
  for (const [field, value] of Object.entries(prefill) as [keyof DraftFields, string][]) {
    if (fresh || next[field] === '' || namesField(readonlyFields, field)) next[field] = value;
  }
  return next as T;
}

/** Whether `names` (as in `readonly-fields`, `hidden-fields`) name the host field of `field`. */
export function namesField(names: readonly string[], field: keyof DraftFields): boolean {
  return HOST_FIELDS.some((f) => f.field === field && names.includes(f.attribute));
}
