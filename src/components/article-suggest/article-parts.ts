/** Template pieces shared by `<eq-article-suggest>` and `<eq-documentation>`. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleSummary, KnownError } from '../../api/schemas.js';
import type { HighlightSegment } from '../../search/article-search.js';

/** Highlighted text as text nodes and `<mark>` elements — never parsed as HTML. */
export function highlighted(segments: readonly HighlightSegment[]): (TemplateResult | string)[] {
  return segments.map((segment) =>
    segment.match ? html`<mark part="highlight">${segment.text}</mark>` : segment.text,
  );
}

export function knownErrorStatusLabel(status: KnownError['status']): string {
  switch (status) {
    case 'investigating':
      return msg('Investigating');
    case 'fix_scheduled':
      return msg('Fix scheduled');
    case 'fixed':
      return msg('Fixed');
  }
}

/** The "Known error" badge with its status, or nothing for a plain article. */
export function knownErrorBadge(article: ArticleSummary): TemplateResult | typeof nothing {
  if (!article.knownError) return nothing;
  return html`<span class="badge" part="badge"
    >${msg('Known error')} · ${knownErrorStatusLabel(article.knownError.status)}</span
  >`;
}

/** The workaround of a known error, inline. */
export function workaround(article: ArticleSummary): TemplateResult | typeof nothing {
  if (!article.knownError) return nothing;
  return html`<p class="workaround" part="workaround">
    <strong>${msg('Workaround:')}</strong> ${article.knownError.workaround}
  </p>`;
}

/** A thrown value as an Error (for `eq-error`). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
