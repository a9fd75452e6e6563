import type { FieldProblem } from '@lodestar/shared';
import { defineMessages } from './platform/i18n.ts';

/**
 * An error that is part of the API contract: a stable `code` (also the i18n key of its message), an HTTP
 * status, message parameters and optional per-field problems. Anything else thrown is a bug and becomes a 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: Array<Omit<FieldProblem, 'message'> & { params?: Record<string, unknown> }> = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, params?: Record<string, unknown>) => new AppError(400, code, params);
export const unauthorized = (code = 'auth.unauthenticated') => new AppError(401, code);
export const forbidden = (code = 'auth.forbidden', params?: Record<string, unknown>) =>
  new AppError(403, code, params);
export const notFound = (code = 'common.not_found', params?: Record<string, unknown>) =>
  new AppError(404, code, params);
export const conflict = (code: string, params?: Record<string, unknown>) => new AppError(409, code, params);

/** A 422 naming the fields at fault, e.g. `invalidFields([{ field: 'email', code: 'user.email_taken' }])`. */
export function invalidFields(
  fields: Array<{ field: string; code: string; params?: Record<string, unknown> }>,
) {
  return new AppError(422, 'common.invalid_fields', {}, fields);
}

/** A 400 naming the fields whose values are malformed or fail their type's validation. */
export function invalidInput(
  fields: Array<{ field: string; code: string; params?: Record<string, unknown> }>,
) {
  return new AppError(400, 'common.validation_failed', {}, fields);
}

defineMessages({
  'common.not_found': { 'zh-CN': '未找到请求的资源', en: 'The requested resource was not found' },
  'common.route_not_found': { 'zh-CN': '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  'common.validation_failed': { 'zh-CN': '请求参数有误', en: 'The request is invalid' },
  'common.invalid_fields': { 'zh-CN': '部分字段填写有误', en: 'Some fields are invalid' },
  'common.malformed_json': { 'zh-CN': '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  'common.body_too_large': {
    'zh-CN': '请求体过大（上限 {limit} 字节）',
    en: 'The request body is too large (limit {limit} bytes)',
  },
  'common.unsupported_media_type': { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  'common.method_not_allowed': { 'zh-CN': '不允许的请求方法', en: 'Method not allowed' },
  'common.internal': {
    'zh-CN': '服务器内部错误，请稍后重试',
    en: 'Internal server error, please try again later',
  },
  'common.stale_version': {
    'zh-CN': '数据已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload and retry',
  },
  'common.duplicate': {
    'zh-CN': '该记录已存在（可能刚被他人创建）',
    en: 'This already exists (it may have just been created by someone else)',
  },
  'common.concurrent_update': {
    'zh-CN': '数据正被他人同时修改，请重试',
    en: 'Someone else is changing this at the same time; please retry',
  },
  'common.bad_request': { 'zh-CN': '请求无效', en: 'Bad request' },
  'common.too_many_requests': {
    'zh-CN': '请求过于频繁，请稍后再试',
    en: 'Too many requests, please try again later',
  },
  'auth.unauthenticated': { 'zh-CN': '请先登录', en: 'Please sign in' },
  'auth.forbidden': { 'zh-CN': '没有权限执行此操作', en: 'You do not have permission to do this' },
  'auth.origin_mismatch': { 'zh-CN': '请求来源不被允许', en: 'Request origin not allowed' },
});
