/**
 * Problem details (RFC 9457): every refusal of the reference backend is a ProblemError, answered
 * as `application/problem+json` with one entry per field at fault.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { issuesToFieldErrors } from '../../src/api/problem.js';
import type { FieldError } from '../../src/api/schemas.js';

export const PROBLEM_BASE = 'https://eq-support.dev/problems/';

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly type = 'about:blank',
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

/** 400 with one error per field. */
export const validationProblem = (errors: FieldError[], detail = 'Some fields need attention.') =>
  new ProblemError(400, 'Invalid request', detail, errors, `${PROBLEM_BASE}validation`);

export function problemResponse(c: Context, p: ProblemError): Response {
  const body: Record<string, unknown> = { type: p.type, title: p.title, status: p.status };
  if (p.detail) body.detail = p.detail;
  if (p.errors && p.errors.length > 0) body.errors = p.errors;
  body.instance = new URL(c.req.url).pathname;
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', ...p.headers },
  });
}

/** zod issues as field errors; an unknown key is an error of its own field. */
export function fieldErrorsOf(issues: z.core.$ZodIssue[]): FieldError[] {
  return issuesToFieldErrors(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            path: [...issue.path, key],
            message: `Unknown field "${key}"`,
            code: 'unrecognized_keys',
          }))
        : [issue],
    ),
  );
}
