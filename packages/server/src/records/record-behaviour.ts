import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';
import { type DbValue, fieldTypeModule, type JsonValue } from '../metadata/field-types/index.ts';
import { loadRegionIndex } from '../platform/regions/region-index.ts';
import { EMPTY_TAG_GROUP_INDEX } from '../platform/tag-groups/tag-group-index.ts';
import { apiValuesOf } from './record.presenter.ts';
import type { RecordRow } from './record.repository.ts';
import type { RecordContext } from './record-context.ts';
import type { FieldChange } from './record-history.repository.ts';

/** API values of a record by field api name (every stored field, hidden ones included) plus `ownerId`. */
export type RecordValues = Record<string, JsonValue>;

/**
 * What the writer and the object's behaviours tell each other about one write, by keys the modules that
 * use them own (e.g. the rule set a form's leads are assigned by, or an assignment decided before the
 * insert and completed after it): the same map reaches `beforeWrite` and `afterWrite`.
 */
export type WriteNotes = Map<symbol, unknown>;

/**
 * A write about to happen, as a behaviour's `beforeWrite` sees it. `values` are the record's API values as
 * they will be after the write (for a delete or restore: as they are). A behaviour refuses the write by
 * throwing an `AppError`, and derives values with `set`.
 */
export interface PendingWrite {
  trx: Transaction<DB>;
  context: RecordContext;
  kind: 'create' | 'update' | 'delete' | 'restore';
  /** Null on create. */
  id: number | null;
  /** The record before the write; null on create. */
  before: RecordValues | null;
  /** The record as it will be. */
  values: RecordValues;
  /** The fields the request itself writes (api names; `ownerId` included when given). */
  given: ReadonlySet<string>;
  /** Sets a field to an API value (checked by its type), overriding what the request gave. */
  set(field: string, value: JsonValue): void;
  /** Gives the record being created its owner (null: nobody), overriding the creator or the request. */
  setOwner(userId: number | null): void;
  notes: WriteNotes;
}

/** A write that happened, as a behaviour's `afterWrite` sees it: still inside the write's transaction. */
export interface CompletedWrite {
  trx: Transaction<DB>;
  context: RecordContext;
  kind: 'created' | 'updated' | 'deleted' | 'restored';
  id: number;
  before: RecordValues | null;
  after: RecordValues;
  changes: FieldChange[];
  /** When the write happened (ISO-8601). */
  at: string;
  /**
   * Says that the behaviour changed the written record itself (e.g. gave a new lead its owner): the write
   * then answers with the record as it is after the behaviours, not as it was inserted.
   */
  changedRecord(): void;
  notes: WriteNotes;
}

/** Records merged into one (duplicate merge): what a behaviour's `afterMerge` sees, inside the merge's transaction. */
export interface CompletedMerge {
  trx: Transaction<DB>;
  context: RecordContext;
  survivorId: number;
  mergedIds: number[];
  at: string;
}

/**
 * What a built-in object does beyond storing fields: refuse or derive values before a write, and keep
 * related records, history and notifications in step after it — both on the write's transaction, so a
 * refused or failed write leaves nothing behind.
 */
export interface RecordBehaviour {
  beforeWrite?(write: PendingWrite): Promise<void>;
  afterWrite?(write: CompletedWrite): Promise<void>;
  /** After duplicates of the object were merged into a survivor: move what points at the merged ones. */
  afterMerge?(merge: CompletedMerge): Promise<void>;
}

const ANY_OBJECT = '*';
const registry = new Map<string, RecordBehaviour[]>();

/**
 * Adds a behaviour to an object (`'*'`: to every object, custom ones included). Behaviours run in the order
 * they were registered; those of every object run first.
 *
 * @example registerRecordBehaviour('opportunity', { afterWrite: appendStageHistory })
 */
export function registerRecordBehaviour(object: string, behaviour: RecordBehaviour): void {
  const list = registry.get(object) ?? [];
  if (!list.includes(behaviour)) list.push(behaviour);
  registry.set(object, list);
}

function behavioursOf(object: string): RecordBehaviour[] {
  return [...(registry.get(ANY_OBJECT) ?? []), ...(registry.get(object) ?? [])];
}

/**
 * Runs the `beforeWrite` hooks of the context's object and returns the columns they set (`owner_id` among
 * them when a hook gave a new record its owner). `columns` are the columns the request writes (merged over
 * `beforeRow` to present `values`).
 */
export async function runBeforeWrite(
  trx: Transaction<DB>,
  context: RecordContext,
  write: {
    kind: PendingWrite['kind'];
    id: number | null;
    beforeRow: RecordRow | null;
    columns: Record<string, DbValue>;
    ownerId: number | null;
    given: string[];
    notes?: WriteNotes | undefined;
  },
): Promise<Record<string, DbValue>> {
  const hooks = behavioursOf(context.object.apiName).filter((b) => b.beforeWrite);
  if (hooks.length === 0) return {};
  const before = write.beforeRow ? apiValuesOf(context, write.beforeRow) : null;
  const values = apiValuesOf(context, { ...(write.beforeRow ?? {}), ...write.columns } as RecordRow);
  values.ownerId = write.ownerId;
  const derived: Record<string, DbValue> = {};
  const regions = await loadRegionIndex();
  const set = (fieldName: string, value: JsonValue) => {
    const field = context.object.fields.find((f) => f.apiName === fieldName);
    const module = field && fieldTypeModule(field.type);
    if (!field || !module || module.computed) throw new Error(`behaviour sets unknown field ${fieldName}`);
    const parsed = module.parseInput(value, field.options, {
      regions,
      tagGroups: context.tagGroups ?? EMPTY_TAG_GROUP_INDEX,
    });
    if (!parsed.ok)
      throw invalidInput([
        { field: fieldName, code: parsed.code, ...(parsed.params ? { params: parsed.params } : {}) },
      ]);
    derived[field.columnName] = parsed.value;
    values[fieldName] = module.present(parsed.value, field.options);
  };
  const pending: PendingWrite = {
    trx,
    context,
    kind: write.kind,
    id: write.id,
    before,
    values,
    given: new Set(write.given),
    set,
    setOwner(userId) {
      if (write.kind !== 'create') throw new Error('behaviours set the owner of new records only');
      derived.owner_id = userId;
      values.ownerId = userId;
    },
    notes: write.notes ?? new Map(),
  };
  for (const hook of hooks) await hook.beforeWrite!(pending);
  return derived;
}

/**
 * Runs the `afterWrite` hooks of the context's object; true when one of them changed the written record
 * (`CompletedWrite.changedRecord`).
 */
export async function runAfterWrite(
  trx: Transaction<DB>,
  context: RecordContext,
  write: {
    kind: CompletedWrite['kind'];
    id: number;
    before: RecordValues | null;
    after: RecordValues;
    changes: FieldChange[];
    at: string;
    notes?: WriteNotes | undefined;
  },
): Promise<boolean> {
  const hooks = behavioursOf(context.object.apiName).filter((b) => b.afterWrite);
  let changed = false;
  const changedRecord = () => {
    changed = true;
  };
  const notes = write.notes ?? new Map();
  for (const hook of hooks) await hook.afterWrite!({ trx, context, ...write, notes, changedRecord });
  return changed;
}

/** Runs the `afterMerge` hooks of the context's object. */
export async function runAfterMerge(
  trx: Transaction<DB>,
  context: RecordContext,
  merge: { survivorId: number; mergedIds: number[]; at: string },
): Promise<void> {
  const hooks = behavioursOf(context.object.apiName).filter((b) => b.afterMerge);
  for (const hook of hooks) await hook.afterMerge!({ trx, context, ...merge });
}
