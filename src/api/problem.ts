/** Helpers shared by the client and the reference backend to turn zod issues into field errors. */
import { Problem, type FieldError } from './schemas.js';

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

/** Seconds to wait from a `Retry-After` header (delay seconds or an HTTP date), if given. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** The problem+json an error answer carries (a body text or parsed JSON), if it is one. */
export function problemFrom(data: unknown): Problem | undefined {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const parsed = Problem.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
