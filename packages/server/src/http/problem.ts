import type { FieldProblem, Locale, Problem } from '@lodestar/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classifyDatabaseConflict } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { translate } from '../platform/i18n.ts';

const zodLocales: Record<Locale, ReturnType<typeof z.locales.en>> = {
  'zh-CN': z.locales.zhCN(),
  en: z.locales.en(),
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  params: Record<string, unknown> = {},
  errors?: FieldProblem[],
): FastifyReply {
  const body: Problem = {
    type: `https://lodestar.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail: translate(request.locale, code, params),
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors?.length ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

/** Codes for 4xx errors raised by the framework or plugins rather than by our code. */
const FALLBACK_CODES: Record<number, string> = {
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'common.not_found',
  405: 'common.method_not_allowed',
  413: 'common.body_too_large',
  415: 'common.unsupported_media_type',
  429: 'common.too_many_requests',
};

type ZodIssueLike = { code: string; path?: PropertyKey[]; message: string };

function zodFieldProblems(request: FastifyRequest, error: FastifyError): FieldProblem[] {
  const locale = zodLocales[request.locale];
  return (error.validation ?? []).map((v) => {
    const issue = (v.params as { issue?: ZodIssueLike }).issue;
    const field = issue?.path?.length
      ? issue.path.map(String).join('.')
      : (v.instancePath || '').replace(/^\//, '').replaceAll('/', '.');
    let message = v.message ?? '';
    if (issue) {
      const translated = locale.localeError(issue as never);
      message = typeof translated === 'string' ? translated : (translated?.message ?? issue.message);
    }
    const where =
      error.validationContext && error.validationContext !== 'body' ? `${error.validationContext}.` : '';
    return {
      field: `${where}${field}` || (error.validationContext ?? ''),
      code: issue?.code ?? 'invalid',
      message,
    };
  });
}

/** Maps anything thrown in a route to a problem+json response; only unexpected errors become 500s. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    const fields = error.fieldErrors.map((f) => ({
      field: f.field,
      code: f.code,
      message: translate(request.locale, f.code, f.params ?? {}),
    }));
    return sendProblem(request, reply, error.status, error.code, error.params, fields);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return sendProblem(request, reply, 400, 'common.validation_failed', {}, zodFieldProblems(request, error));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendProblem(request, reply, 400, 'common.malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(request, reply, 413, 'common.body_too_large', {
        limit: request.routeOptions.bodyLimit,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendProblem(request, reply, 415, 'common.unsupported_media_type');
  }
  if (error instanceof SyntaxError) return sendProblem(request, reply, 400, 'common.malformed_json');
  const conflict = classifyDatabaseConflict(error);
  if (conflict) {
    request.log.warn({ err: error }, 'database conflict');
    return sendProblem(
      request,
      reply,
      409,
      conflict === 'unique' ? 'common.duplicate' : 'common.concurrent_update',
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = FALLBACK_CODES[status] ?? 'common.bad_request';
    return sendProblem(request, reply, status, code);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 500, 'common.internal');
}
