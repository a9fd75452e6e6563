import type { Locale } from '@lodestar/shared';
import { defineMessages, translate } from '../i18n.ts';

/** The title template of a notification kind in every language; `{name}` takes `params.name`. */
export type NotificationTemplates = Record<Locale, string>;

const kinds = new Set<string>();

const messageKey = (kind: string) => `notification.${kind}`;

/**
 * Registers a notification kind and its title in every language. Declare it next to the feature that
 * sends it, at module level, so it is registered before the first `notify`.
 * @example defineNotificationKind('task.due', { 'zh-CN': '任务「{title}」已到期', en: 'Task "{title}" is due' })
 */
export function defineNotificationKind(kind: string, templates: NotificationTemplates): string {
  if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9_]*)+$/.test(kind)) {
    throw new Error(`notification kind "${kind}" must be dotted, like "task.due"`);
  }
  defineMessages({ [messageKey(kind)]: templates });
  kinds.add(kind);
  return kind;
}

/** Whether a kind was registered with `defineNotificationKind`. */
export function isNotificationKind(kind: string): boolean {
  return kinds.has(kind);
}

/**
 * The title of a notification in `locale`. A stored kind that is no longer registered renders as the kind
 * itself rather than failing the whole list.
 */
export function renderNotificationTitle(
  locale: Locale,
  kind: string,
  params: Record<string, unknown>,
): string {
  return kinds.has(kind) ? translate(locale, messageKey(kind), params) : kind;
}
