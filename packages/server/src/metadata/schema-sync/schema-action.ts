import type { ColumnSpec } from '../field-types/index.ts';
import type { FieldMetadataChanges, ObjectMetadataChanges } from '../metadata.repository.ts';
import type { FieldDraft, FieldMeta, ObjectDraft, ObjectMeta } from '../metadata-model.ts';
import type { TypeConversion } from '../type-change/type-conversion.ts';

/** The identity of an object as actions need it: its row and its table. */
export type ObjectRef = Pick<ObjectMeta, 'id' | 'apiName' | 'tableName'>;

/** The identity of a field as actions need it. */
export type FieldRef = Pick<FieldMeta, 'apiName' | 'columnName'>;

/**
 * One step of a schema change. Each has one handler doing its metadata half and its DDL half on the
 * caller's transaction, so a change is applied whole or not at all.
 */
export type SchemaAction =
  | { kind: 'createObjectTable'; object: ObjectDraft }
  | { kind: 'dropObjectTable'; object: ObjectRef }
  | { kind: 'updateObjectMetadata'; object: ObjectRef; changes: ObjectMetadataChanges }
  | { kind: 'addColumn'; object: ObjectRef; field: FieldDraft; column: ColumnSpec }
  | { kind: 'dropColumn'; object: ObjectRef; field: FieldRef }
  /** A field without a column (formula): its metadata row only. */
  | { kind: 'addComputedField'; object: ObjectRef; field: FieldDraft }
  | { kind: 'dropComputedField'; object: ObjectRef; field: FieldRef }
  /** A new column type, the values converted by `conversion` (see `changeColumnTypeHandler`). */
  | {
      kind: 'changeColumnType';
      object: ObjectRef;
      field: FieldRef;
      conversion: TypeConversion;
      column: ColumnSpec;
    }
  | { kind: 'updateFieldMetadata'; object: ObjectRef; field: FieldRef; changes: FieldMetadataChanges }
  | { kind: 'createUniqueIndex'; object: ObjectRef; field: FieldRef }
  | { kind: 'dropUniqueIndex'; object: ObjectRef; field: FieldRef };

export type SchemaActionKind = SchemaAction['kind'];
