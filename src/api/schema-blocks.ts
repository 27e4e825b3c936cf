/** Building blocks of the contract's schemas (`schemas.ts`, `request-schemas.ts`); not exported from the API. */
import * as z from 'zod/mini';

/**
 * A text a person writes, at most `max` characters (white space around it counts: the limit is the
 * document's `maxLength`), then trimmed; when `required` (the message shown),
 * it must hold something other than white space. The pattern says so in the OpenAPI document too
 * (`minLength` alone would let a blank text through there).
 */
export const text = (max: number, required: string | null = null) =>
  required === null
    ? z.string().check(z.maxLength(max, `Keep it under ${max + 1} characters`), z.trim())
    : z
        .string({ error: required })
        .check(
          z.maxLength(max, `Keep it under ${max + 1} characters`),
          z.trim(),
          z.minLength(1, required),
          z.regex(/\S/, required),
        );

export const ID = z.string().check(z.minLength(1), z.maxLength(128));
