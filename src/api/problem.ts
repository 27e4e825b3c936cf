/** Helpers shared by the client and the reference backend to turn zod issues into field errors. */
import type { FieldError } from './schemas.js';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/**
 * One field error per issue, with the dotted path of the field (`technicalContact.phone`). Two
 * checks that fail with the same message on one field (an empty text is too short and blank) give
 * it once.
 */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    const key = `${field}\n${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ field, message: issue.message, ...(issue.code ? { code: issue.code } : {}) }];
  });
}

/** Short human-readable lines, e.g. `items.0.number: Invalid string`. */
export function describeIssues(issues: readonly IssueLike[], max = 10): string[] {
  const lines = issues
    .slice(0, max)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}
