import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { LauncherView } from '../../events/launcher-events.js';
import { HOST_FIELDS, type HostFieldKey } from '../shared/host-fields.js';

/**
 * What a host can put into the case form when it opens the launcher: a value for any of the
 * host fields (src/components/shared/host-fields.ts), under the form's property name.
 */
export interface CasePrefill extends Partial<Record<HostFieldKey, string>> {
  /** Fields shown but locked (names as the form's attributes: `deal-id`, `type`, …). */
  readonlyFields?: string[];
  /** Fields not shown. */
  hiddenFields?: string[];
}

export interface OpenOptions {
  view?: LauncherView;
  /** Prefill of the case form for this opening (merged over the button's `context`). */
  prefill?: CasePrefill;
  /** The case to show with `view: 'case'`. */
  caseId?: string;
}

/**
 * `<eq-case-form ${prefillAttributes(prefill)}>`: the form's attribute of every host field set
 * from the prefill, and removed where the prefill has none.
 */
export const prefillAttributes = directive(
  class extends Directive {
    render(_prefill: CasePrefill) {
      return nothing;
    }

    override update({ element }: ElementPart, [prefill]: [CasePrefill]) {
      for (const { key, attribute } of HOST_FIELDS) {
        const value = prefill[key];
        if (value == null) element.removeAttribute(attribute);
        else if (element.getAttribute(attribute) !== String(value))
          element.setAttribute(attribute, value);
      }
      return nothing;
    }
  },
);
