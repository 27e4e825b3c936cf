/**
 * Checks that the one table of host fields (src/components/case-form/host-fields.ts) is what the case
 * form prefills, locks and hides, wherever the values come from: the form's own attributes, or
 * `open({ prefill })` of the button through the launcher.
 */
import { expect } from '@open-wc/testing';
import type { Taxonomy } from '../../src/api/schemas.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import { HOST_FIELDS } from '../../src/components/case-form/host-fields.js';
import { HOST_FIELD_KEYS, type HostFieldKey } from '../../src/components/shared/host-field-keys.js';

/** A valid value for every host field, under its key. */
export function hostFieldValues(taxonomy: Taxonomy): Record<HostFieldKey, string> {
  const type = taxonomy.caseTypes[0]!;
  const values = {} as Record<HostFieldKey, string>;
  for (const { key } of HOST_FIELDS) values[key] = `host ${key}`;
  return {
    ...values,
    priority: 'critical',
    url: 'https://example.com/deal/12333',
    type: type.id,
    category: type.categories[0]!.id,
  };
}

/**
 * The table has a row for every key the launcher sets (the type refuses a row without a key), and
 * every host field's attribute is the one the form declares for its property.
 */
export function expectFormAttributes(): void {
  expect(HOST_FIELDS.map((f) => f.key)).to.have.members([...HOST_FIELD_KEYS]);
  const form = customElements.get('eq-case-form') as typeof EqCaseForm;
  for (const { key, attribute } of HOST_FIELDS) {
    const declared = form.elementProperties.get(key)?.attribute;
    // `true` (Lit's default): the property's name in lower case.
    expect(declared === true ? key.toLowerCase() : declared, key).to.equal(attribute);
  }
}

/** The form shows every host field with its value and, when `locked`, not editable. */
export function expectPrefilled(
  form: EqCaseForm,
  values: Record<HostFieldKey, string>,
  locked: boolean,
): void {
  const root = form.shadowRoot!;
  for (const { key, field } of HOST_FIELDS) {
    if (field === 'priority') {
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[name=priority]')];
      const chosen = radios.find((r) => r.checked);
      expect(chosen?.value, key).to.equal(values[key]);
      expect(
        radios.filter((r) => r !== chosen).every((r) => r.disabled),
        `${key} locked`,
      ).to.equal(locked);
      continue;
    }
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field}`);
    expect(control, key).to.exist;
    expect(control!.value, key).to.equal(values[key]);
    const readOnly = control instanceof HTMLSelectElement ? control.disabled : control!.readOnly;
    expect(readOnly, `${key} locked`).to.equal(locked);
  }
}

/** The form shows none of the host fields. */
export function expectHidden(form: EqCaseForm): void {
  const root = form.shadowRoot!;
  for (const { key, field } of HOST_FIELDS) {
    const selector = field === 'priority' ? 'input[name=priority]' : `#${field}`;
    expect(root.querySelector(selector), key).to.equal(null);
  }
}
