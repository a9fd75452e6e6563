import type { ObjectMetadataChanges } from '../metadata.repository.ts';
import type { ObjectDraft, ObjectMeta } from '../metadata-model.ts';
import type { SchemaAction } from './schema-action.ts';

/**
 * The actions that turn object `current` into `desired` (null: absent, or to be removed). Fields are
 * planned separately with `planFieldChange`; dropping the table drops its columns and indexes.
 */
export function planObjectChange(current: ObjectMeta | null, desired: ObjectDraft | null): SchemaAction[] {
  if (!current && desired) return [{ kind: 'createObjectTable', object: desired }];
  if (current && !desired) return [{ kind: 'dropObjectTable', object: current }];
  if (!current || !desired) return [];
  const changes: ObjectMetadataChanges = {};
  if (JSON.stringify(current.labels) !== JSON.stringify(desired.labels)) changes.labels = desired.labels;
  if (JSON.stringify(current.pluralLabels) !== JSON.stringify(desired.pluralLabels))
    changes.pluralLabels = desired.pluralLabels;
  if (current.icon !== desired.icon) changes.icon = desired.icon;
  if (current.nameField !== desired.nameField) changes.nameField = desired.nameField;
  return Object.keys(changes).length > 0 ? [{ kind: 'updateObjectMetadata', object: current, changes }] : [];
}
