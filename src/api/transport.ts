/**
 * What every request of the HTTP client shares, whichever way it is sent (plain fetch, ky, or
 * XMLHttpRequest for an upload): the per-attempt timeout, and what a failure to get an answer
 * becomes.
 */
import { AbortedError, NetworkError, SupportError, TimeoutError } from './errors.js';
import { anySignal } from './random.js';

/**
 * `run` with a signal that aborts after `ms` (then rejecting with a TimeoutError) or with the
 * caller's `signal`.
 */
export async function timed<R>(
  ms: number,
  signal: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await run(signal ? anySignal([signal, controller.signal]) : controller.signal);
  } catch (error) {
    if (controller.signal.aborted && !signal?.aborted) throw new TimeoutError(ms, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return (
    signal?.aborted === true ||
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof Error && error.name === 'AbortError')
  );
}

/** What a request threw, as the SDK's error: cancelled, or no answer arrived. */
export function toSupportError(error: unknown, signal?: AbortSignal): Error {
  if (error instanceof SupportError) return error;
  if (isAbort(error, signal)) return new AbortedError({ cause: error });
  // Anything else a fetch (the platform's or a host's own) throws means no answer arrived.
  return new NetworkError(undefined, { cause: error });
}
