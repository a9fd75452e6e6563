import type { Locale } from '@lodestar/shared';
import type { FieldMeta } from '../../metadata/metadata-model.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { translate } from '../../platform/i18n.ts';
import type { RecordOutput } from '../record.presenter.ts';
import { type RecordContext, visibleFields } from '../record-context.ts';
import { type Cell, formatDateTime, type HumanValueContext, humanValue } from './human-value.ts';
import './export.messages.ts';

/** One column of an export: its header and how a record becomes its cell. */
export interface ExportColumn {
  header: string;
  cell(record: RecordOutput): Cell;
}

/** The columns of an export and the `?fields=` that loads everything they show. */
export interface ExportPlan {
  columns: ExportColumn[];
  fields: string;
}

const SYSTEM_COLUMNS: Record<string, string> = {
  id: 'export.column.id',
  ownerId: 'export.column.owner',
  createdAt: 'export.column.created_at',
  updatedAt: 'export.column.updated_at',
};

/**
 * The path giving the display name of a lookup or user field (`account.name`, `owner.name`), or null when
 * the viewer may not read it (no read right on the target, its name field hidden, or no name field).
 */
export function displayNamePath(
  context: RecordContext,
  snapshot: MetadataSnapshot,
  field: FieldMeta,
): string | null {
  if (field.type === 'user') return `${field.apiName}.name`;
  if (field.type !== 'lookup') return null;
  const target = snapshot.object(String(field.options.target));
  const nameField = target?.nameField;
  if (!target || !nameField) return null;
  const permissions = context.viewer.permissions;
  if (!permissions.scope(target.apiName, 'read')) return null;
  if (permissions.fieldAccess(target.apiName, nameField) === 'hidden') return null;
  return `${field.apiName}.${nameField}`;
}

/**
 * The export's columns: the `?fields=` paths when given, else every visible field; then owner, created and
 * updated. Headers are field labels in the request's language; lookups and users show names, not ids.
 * Paths are checked later by `parseFieldSelection` (the same 400s as the list).
 */
export function planExport(
  context: RecordContext,
  snapshot: MetadataSnapshot,
  human: HumanValueContext,
  fields: string | undefined,
): ExportPlan {
  const { locale } = human;
  const byName = new Map(visibleFields(context).map((field) => [field.apiName, field]));
  const requested = fields?.trim() ? fields.split(',').map((path) => path.trim()) : [...byName.keys()];
  const paths = new Set<string>(requested);
  const columns: ExportColumn[] = [];
  for (const path of requested) {
    const field = byName.get(path);
    if (field) {
      const namePath = displayNamePath(context, snapshot, field);
      if (namePath) paths.add(namePath);
      columns.push({
        header: field.labels[locale],
        cell: (record) => humanValue(field, record[path], human, namePath ? record[namePath] : undefined),
      });
    } else if (SYSTEM_COLUMNS[path]) {
      columns.push(systemColumn(path, locale));
    } else {
      columns.push(relatedColumn(snapshot, human, path, byName));
    }
  }
  paths.add('owner.name');
  for (const key of ['ownerId', 'createdAt', 'updatedAt']) {
    if (!requested.includes(key)) columns.push(systemColumn(key, locale));
  }
  return { columns, fields: [...paths].join(',') };
}

function systemColumn(key: string, locale: Locale): ExportColumn {
  const header = translate(locale, SYSTEM_COLUMNS[key] as string);
  if (key === 'ownerId')
    return { header, cell: (record) => cellText(record['owner.name'] ?? record.ownerId) };
  if (key === 'id') return { header, cell: (record) => record.id };
  return { header, cell: (record) => formatDateTime(String(record[key])) };
}

/** `account.name`: header "客户 / 名称"; the related field's value shown like an own field of its type. */
function relatedColumn(
  snapshot: MetadataSnapshot,
  human: HumanValueContext,
  path: string,
  byName: Map<string, FieldMeta>,
): ExportColumn {
  const [head = '', tail = ''] = path.split('.');
  const via = byName.get(head);
  const viaLabel = via ? via.labels[human.locale] : translate(human.locale, 'export.column.owner');
  const target = via?.type === 'lookup' ? snapshot.object(String(via.options.target)) : undefined;
  const targetField = target?.fields.find((field) => field.apiName === tail);
  const tailLabel = targetField?.labels[human.locale] ?? translate(human.locale, 'export.column.name');
  return {
    header: `${viaLabel} / ${tailLabel}`,
    cell: (record) =>
      targetField && targetField.type !== 'lookup' && targetField.type !== 'user'
        ? humanValue(targetField, record[path], human)
        : cellText(record[path]),
  };
}

const cellText = (value: unknown): Cell => (value == null ? null : String(value));
