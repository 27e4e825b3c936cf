/**
 * The longest texts the contract takes, in characters (white space around a text counts: this is
 * the OpenAPI document's `maxLength`). No zod here: the forms hold their fields to these limits
 * as the person types, and the contract (schemas.ts) is built from the same numbers.
 */
export const TEXT_LIMITS = {
  subject: 255,
  description: 32_000,
  howToReproduce: 32_000,
  technicalContactName: 120,
} as const;
