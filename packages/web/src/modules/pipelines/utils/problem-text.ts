import { ApiError } from '../../../api/client.ts';
import { errorMessage } from '../../../ui/server-errors.ts';

/**
 * The most telling message of an API error for a toast: the first per-field message of a 422 (which says
 * what is wrong, e.g. "A lost opportunity needs a loss reason"), else the error's own message.
 */
export function problemText(error: unknown): string {
  if (error instanceof ApiError && error.errors.length > 0) {
    return [...new Set(error.errors.map((problem) => problem.message))].join(' ');
  }
  return errorMessage(error);
}
