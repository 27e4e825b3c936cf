/**
 * The bearer token rule, written once for every request the SDK sends (the client's calls, its
 * uploads, and the lazy backend's badge count): send with the token `getToken` gives; when the
 * backend answers 401, ask once more with `forceRefresh` and send again. No ky, no zod here: the
 * eager bundle uses it.
 */
export type TokenProvider = (context: {
  /** True after the backend refused the previous token (401): return a fresh one. */
  forceRefresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

/** `Authorization` for `getToken`'s token, or none without one. */
async function authorization(
  getToken: TokenProvider | undefined,
  forceRefresh: boolean,
): Promise<Record<string, string>> {
  const token = getToken ? await getToken({ forceRefresh }) : undefined;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * `send` with the token's `Authorization` header; after a 401 (an answer or a thrown error that
 * `unauthorized` recognizes) once more with a fresh token.
 */
export async function withBearer<R>(
  getToken: TokenProvider | undefined,
  send: (headers: Record<string, string>) => Promise<R>,
  unauthorized: (outcome: unknown) => boolean,
): Promise<R> {
  let first: R;
  try {
    first = await send(await authorization(getToken, false));
  } catch (error) {
    if (!getToken || !unauthorized(error)) throw error;
    return send(await authorization(getToken, true));
  }
  if (!getToken || !unauthorized(first)) return first;
  return send(await authorization(getToken, true));
}
