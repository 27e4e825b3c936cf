import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { ReportedError } from '../../diagnostics/types.js';
import type { LauncherView } from '../../events/launcher-events.js';
import { HOST_FIELD_KEYS, type HostFieldKey } from '../shared/host-field-keys.js';

/**
 * What a host can put into the case form when it opens the launcher: a value for any of the
 * host fields (src/components/case-form/host-fields.ts), under the form's property name.
 */
export interface CasePrefill extends Partial<Record<HostFieldKey, string>> {
  /** Fields shown but locked (names as the form's attributes: `deal-id`, `type`, …). */
  readonlyFields?: string[];
  /** Fields not shown. */
  hiddenFields?: string[];
  /** Who sets the locked fields, as the person knows it: "Set by Maestro" (the form's `lockedBy`). */
  lockedBy?: string;
}

export interface OpenOptions {
  view?: LauncherView;
  /** Prefill of the case form for this opening (merged over the button's `context`). */
  prefill?: CasePrefill;
  /** The case to show with `view: 'case'`. */
  caseId?: string;
  /**
   * The error the person reports (`reportError()` sets it): the form offers it, with its stack
   * and the host's event id, in the diagnostics it attaches.
   */
  report?: ReportedError;
}

/**
 * `<eq-case-form ${prefillProperties(prefill)}>`: the form's property of every host field set from
 * the prefill, and cleared where the prefill has none. Properties, not attributes: the launcher
 * needs only the keys (shared/host-field-keys.ts), not the form's table, before the form is used.
 */
export const prefillProperties = directive(
  class extends Directive {
    render(_prefill: CasePrefill) {
      return nothing;
    }

    override update({ element }: ElementPart, [prefill]: [CasePrefill]) {
      const form = element as unknown as Record<HostFieldKey, string | undefined>;
      for (const key of HOST_FIELD_KEYS) {
        // A host's number (a deal id as 12333) is text to the form, as it was through an attribute.
        const given = prefill[key] as string | number | null | undefined;
        const value = given == null ? undefined : String(given);
        if (form[key] !== value) form[key] = value;
      }
      return nothing;
    }
  },
);
