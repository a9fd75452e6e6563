import { AppError, forbidden } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import type { MetadataSnapshot } from '../../metadata/metadata-registry.ts';
import { CLOSED_WHEN } from './closed-records.ts';
import type { OwnedRecords } from './handover.repository.ts';
import './handover.messages.ts';

/** The records of one object a handover moves. */
export interface HandoverPart {
  object: string;
  owned: OwnedRecords;
  /** The same without leaving finished records out (to count those that stay). */
  all: OwnedRecords;
}

/** Whether the viewer may hand over records of an object: admins, and holders of `assign` with scope `all`. */
export function mayHandOver(viewer: Viewer, object: string): boolean {
  return viewer.permissions.scope(object, 'assign') === 'all';
}

/**
 * What a handover of `fromUserId`'s records covers: the objects asked for (default: every object the viewer
 * may hand over, custom ones included), each with the records to move. An unknown object is a 422, one the
 * viewer may not hand over a 403, and so is a viewer who may hand over nothing.
 */
export function planHandover(
  snapshot: MetadataSnapshot,
  viewer: Viewer,
  props: { fromUserId: number; objects?: readonly string[] | undefined; includeClosed: boolean },
): HandoverPart[] {
  const unknown = (props.objects ?? []).filter((object) => !snapshot.object(object));
  if (unknown.length > 0) {
    throw new AppError(
      422,
      'common.invalid_fields',
      {},
      unknown.map((object) => ({ field: 'objects', code: 'handover.unknown_object', params: { object } })),
    );
  }
  const objects = props.objects
    ? snapshot.objects.filter((object) => props.objects!.includes(object.apiName))
    : snapshot.objects.filter((object) => mayHandOver(viewer, object.apiName));
  const refused = objects.find((object) => !mayHandOver(viewer, object.apiName));
  if (refused) throw forbidden('handover.not_allowed', { object: refused.apiName });
  if (objects.length === 0) throw forbidden();
  return objects.map((object) => {
    const all: OwnedRecords = { table: object.tableName, ownerId: props.fromUserId };
    const closed = CLOSED_WHEN[object.apiName];
    const column = closed && object.fields.find((field) => field.apiName === closed.field)?.columnName;
    const owned =
      props.includeClosed || !closed || !column
        ? all
        : { ...all, excludeClosed: { column, values: closed.values } };
    return { object: object.apiName, owned, all };
  });
}
