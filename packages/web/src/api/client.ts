import type { FieldProblem, Problem } from '@lodestar/shared';
import { currentLocale, i18n } from '../i18n/index.ts';
import { fileNameFromDisposition } from './content-disposition.ts';

const API_BASE = '/api/v1';

/** An error answer of the API (problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Message in the UI language, ready to show. */
  readonly detail: string;
  /** Per-field problems of validation errors. */
  readonly errors: FieldProblem[];

  constructor(status: number, code: string, detail: string, errors: FieldProblem[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

type UnauthorizedHandler = (error: ApiError) => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Registers what happens when the API answers 401 (the app sends the user to the sign-in page). */
export function onUnauthorized(handler: UnauthorizedHandler): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  /** Query parameters; undefined, null and empty values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** A 401 is the expected answer (wrong password at sign-in), not an expired session. */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `If-Match` with the version the user acted on. */
  headers?: Record<string, string>;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Partial<Problem>;
      return new ApiError(
        response.status,
        problem.code ?? 'common.unknown',
        problem.detail ?? i18n.t('errors.unexpected', { status: response.status }),
        Array.isArray(problem.errors) ? problem.errors : [],
      );
    } catch {
      // Fall through to the generic message.
    }
  }
  return new ApiError(
    response.status,
    'common.unknown',
    i18n.t('errors.unexpected', { status: response.status }),
  );
}

/** Calls the API: JSON in and out, cookies of this origin, the UI language, errors as `ApiError`. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Downloads a file from the API in the UI language (a plain link would send the browser's language) and
 * hands it to the browser as a download named by the server's `Content-Disposition` (its UTF-8 `filename*`
 * first, so a Chinese name such as `报价单-BJ-2026-0001-v1.pdf` survives).
 */
export async function apiDownload(path: string, query: RequestOptions['query']): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLocale() },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (!response.ok) throw await toApiError(response);
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? 'download';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

/** A page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
