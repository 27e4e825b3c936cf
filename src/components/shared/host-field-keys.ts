/**
 * The case form's properties a host can prefill, lock or hide (`open({ prefill })`, the button's
 * `prefill`). Only the keys: the launcher sets them on the form it hosts before anything else of
 * the form is needed. The table of what each one is (attribute, draft field, fallback) loads with
 * the form: src/components/case-form/host-fields.ts.
 */
export const HOST_FIELD_KEYS = [
  'priority',
  'subject',
  'description',
  'insertionId',
  'dealId',
  'campaignId',
  'url',
  'type',
  'category',
] as const;

export type HostFieldKey = (typeof HOST_FIELD_KEYS)[number];
