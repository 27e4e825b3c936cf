/** Helpers shared by the client and the reference backend to turn zod issues into field errors. */
import type { FieldError } from './schemas.js';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/** One field error per issue, with the dotted path of the field (`technicalContact.phone`). */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
  }));
}

/** Short human-readable lines, e.g. `items.0.number: Invalid string`. */
export function describeIssues(issues: readonly IssueLike[], max = 10): string[] {
  const lines = issues
    .slice(0, max)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}
