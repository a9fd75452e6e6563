import { AppError } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { defineMessages } from '../i18n.ts';

defineMessages({
  'permission.field_read_only': {
    'zh-CN': '无权修改字段 {field}',
    en: 'You may not change the field {field}',
  },
});

/**
 * Removes from an output object every field the viewer may not see (field access `hidden`). Keys in
 * `alwaysVisible` (identity, e.g. `id`) are kept. Presenters call this, so hidden fields never leave the API.
 */
export function redactHiddenFields<T extends Record<string, unknown>>(
  viewer: Viewer,
  object: string,
  output: T,
  alwaysVisible: readonly string[] = ['id'],
): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(output)) {
    if (alwaysVisible.includes(key) || viewer.permissions.fieldAccess(object, key) !== 'hidden') {
      (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

/** Throws a 403 naming the first field of `input` the viewer may not write. */
export function assertFieldsWritable(viewer: Viewer, object: string, input: Record<string, unknown>): void {
  for (const key of Object.keys(input)) {
    if (input[key] === undefined) continue;
    if (viewer.permissions.fieldAccess(object, key) !== 'write') {
      throw new AppError(403, 'permission.field_read_only', { field: key }, [
        { field: key, code: 'permission.field_read_only', params: { field: key } },
      ]);
    }
  }
}
