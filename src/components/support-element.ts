import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SupportBackend } from '../api/backend.js';
import type { TokenProvider } from '../api/http-backend.js';
import {
  SupportConfigController,
  type SupportConfigurable,
} from '../controllers/support-config.js';
import { localeReady } from '../localization.js';
import type { MessagePart } from '../locales/parts.js';
import { tokens } from '../styles/tokens.js';

/**
 * Base of every eq- element: the configuration properties (`api-base`, `locale`, `.backend`,
 * `.getToken`) and their resolution against an enclosing `<eq-support-provider>`, plus the design
 * tokens and the texts in the resolved language. Elements add their own styles after
 * `SupportElement.styles`.
 */
export abstract class SupportElement extends LitElement implements SupportConfigurable {
  static override styles = [tokens];

  /**
   * The part of the SDK whose translations the element shows (scripts/sdk-parts.ts).
   * @internal
   */
  static messages: MessagePart = 'core';

  /** Base address of the support API, when the element is used without a provider. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A backend object; takes precedence over `api-base` and the provider. */
  @property({ attribute: false }) backend?: SupportBackend;

  /** Bearer token provider used with `api-base`. */
  @property({ attribute: false }) getToken?: TokenProvider;

  /** Interface language (`en`, `fr`, `es`, `pl`, `pt-BR`); defaults to the provider's, then the page's. */
  @property() locale?: string;

  /**
   * The resolved configuration (backend, user, locale).
   * @internal
   */
  readonly supportConfig = new SupportConfigController(this);

  /**
   * An update waits until the element's texts are there in the page's language: a French page
   * never shows an element in English while its translations load.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = localeReady(
      this.supportConfig.locale,
      (this.constructor as typeof SupportElement).messages,
    );
    if (!ready) return super.scheduleUpdate();
    return ready.then(() => super.scheduleUpdate());
  }
}

// The types of this element's API (properties, events), importable beside it.
export type { SupportBackend } from '../api/backend.js';
export type { TokenProvider } from '../api/bearer.js';
