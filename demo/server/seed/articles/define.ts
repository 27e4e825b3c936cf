/** Helpers for writing help-center articles compactly. */
import type { Article, ArticleSection, KnownError } from '../../../../src/api/schemas.js';

export const HELP_URL = 'https://help.example.com';

/** An article as written in the seed: `section` and `url` are derived. */
export interface ArticleDraft {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  updatedAt: string;
  knownError?: KnownError;
  /** HTML; line breaks and indentation are collapsed. */
  body: string;
}

/** A link to another help-center article. */
export const link = (id: string, text: string): string =>
  `<a href="${HELP_URL}/articles/${id}">${text}</a>`;

/** Collapses the indentation of a template literal into single spaces. */
const compact = (html: string): string => html.replace(/\s*\n\s*/g, ' ').trim();

export function defineSection(section: ArticleSection, drafts: ArticleDraft[]): Article[] {
  return drafts.map(({ id, title, summary, tags, updatedAt, knownError, body }) => ({
    id,
    title,
    summary,
    section,
    tags,
    url: `${HELP_URL}/articles/${id}`,
    ...(knownError ? { knownError } : {}),
    updatedAt,
    body: compact(body),
  }));
}
