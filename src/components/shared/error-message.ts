/** Specific, human wording for every kind of failure, shared by the elements. */
import { msg, str } from '@lit/localize';
import { isSupportError } from '../../api/errors.js';

/** What went wrong, in words a person can act on. */
export function describeError(error: unknown): string {
  if (!isSupportError(error)) {
    return msg('Something went wrong in the support component. Try again, or reload the page.');
  }
  switch (error.kind) {
    case 'network':
      return msg('The support service cannot be reached. Check your connection, then try again.');
    case 'timeout':
      return msg('The support service is taking too long to answer. Try again in a moment.');
    case 'aborted':
      return msg('The request was cancelled.');
    case 'invalid-request':
      return msg('Some fields need attention.');
    case 'invalid-response':
      return msg(
        'The support service sent an answer this page does not understand. Try again later.',
      );
    case 'http': {
      const status = (error as { status?: number }).status ?? 0;
      if (status === 401) return msg('Your session has expired. Sign in again, then retry.');
      if (status === 403) return msg('You do not have access to this.');
      if (status === 404) return msg('This was not found, or it belongs to another organization.');
      if (status === 413) return error.message || msg('The file is too large.');
      if (status === 429) return msg('Too many requests. Wait a moment, then try again.');
      if (status >= 500)
        return msg(
          str`The support service had a problem (error ${status}). Try again in a moment.`,
        );
      return error.message;
    }
  }
}
