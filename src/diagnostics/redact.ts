/**
 * What diagnostics never keep as written: query strings, fragments, tokens and credentials in
 * addresses and messages. Host rules (`diagnosticsRedact`) run after these.
 */

/**
 * A host's own rule: a pattern whose matches become `[redacted]`, or a function given each
 * address and message (already redacted by the SDK's rules) that returns what to keep.
 */
export type RedactRule = RegExp | ((text: string) => string);

export const REDACTED = '[redacted]';

/**
 * Credentials (`Bearer …`, `password=…`), JWTs, and long opaque tokens (32+ characters of hex or
 * base64url with letters and digits), each with what replaces it.
 */
const TOKENS: readonly [RegExp, string][] = [
  [/\b(Bearer|Basic|Token)\s+[\w\-.~+/=]+/gi, `$1 ${REDACTED}`],
  [
    /\b(password|passwd|secret|token|api[_-]?key|session|auth|cookie)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
    `$1$2${REDACTED}`,
  ],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED],
  [/\b(?=[\w-]*\d)(?=[\w-]*[a-zA-Z])[\w-]{32,}/g, REDACTED],
];

function applyHostRules(text: string, rules: readonly RedactRule[]): string {
  let result = text;
  for (const rule of rules) {
    if (typeof rule === 'function') {
      try {
        result = String(rule(result));
      } catch {
        // A host rule that throws redacts everything it was given rather than leaking it.
        return REDACTED;
      }
    } else {
      const global = rule.global ? rule : new RegExp(rule.source, `${rule.flags}g`);
      result = result.replace(global, REDACTED);
    }
  }
  return result;
}

/** Tokens and credentials in free text (a console message) become `[redacted]`. */
export function redactText(text: string, rules: readonly RedactRule[] = []): string {
  let result = text;
  for (const [pattern, replacement] of TOKENS) result = result.replace(pattern, replacement);
  return applyHostRules(result, rules);
}

/**
 * An address with its query values and fragment redacted (the names stay: `?deal=[redacted]`),
 * user info dropped, and tokens in its path redacted; relative addresses are resolved against
 * `base` (the page).
 */
export function redactUrl(url: string, base: string, rules: readonly RedactRule[] = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return redactText(url.split(/[?#]/)[0] ?? '', rules);
  }
  parsed.username = '';
  parsed.password = '';
  const names = [...new Set([...parsed.searchParams.keys()])];
  const query = names.map((name) => `${encodeURIComponent(name)}=${REDACTED}`).join('&');
  const path = parsed.pathname
    .split('/')
    .map((segment) => redactText(segment))
    .join('/');
  const text = `${parsed.origin}${path}${query ? `?${query}` : ''}${parsed.hash ? `#${REDACTED}` : ''}`;
  return applyHostRules(text, rules);
}
