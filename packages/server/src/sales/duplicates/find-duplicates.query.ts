import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { recordContext } from '../../records/record-context.ts';
import { scopeWhere } from '../../records/record-scope.ts';
import { selectKeyMatches } from './duplicate-keys.repository.ts';
import { type DedupObject, MATCH_FIELDS, recordMatchKeys } from './duplicate-objects.ts';
import type { MatchKind } from './match-keys.ts';

/** A record that may be the same company or person, and which of its keys matched. */
export interface DuplicateCandidate {
  object: DedupObject;
  record: RecordOutput;
  matchedOn: MatchKind[];
}

/** Candidates per object at most; a longer list would not be read by anyone. */
export const MAX_CANDIDATES = 20;

/**
 * Records of the `targets` objects whose match keys equal those of `values` (field values of a record of
 * `object`), among the records the viewer may read — the scope is part of the query. A target the viewer
 * may not read is skipped, and so is a kind whose field is hidden from the viewer (a match would reveal the
 * hidden value). `excludeId` leaves out the record itself when checking an existing one.
 */
export async function findDuplicateCandidates(
  database: Database,
  viewer: Viewer,
  props: {
    object: DedupObject;
    values: Record<string, unknown>;
    targets: readonly DedupObject[];
    excludeId?: number;
  },
): Promise<DuplicateCandidate[]> {
  const keys = recordMatchKeys(props.object, props.values);
  if (keys.length === 0) return [];
  const candidates: DuplicateCandidate[] = [];
  for (const target of props.targets) {
    if (!viewer.permissions.can(target, 'read')) continue;
    const fields = MATCH_FIELDS[target];
    const usable = keys.filter(({ kind }) => {
      const field = fields[kind];
      return field !== undefined && viewer.permissions.fieldAccess(target, field) !== 'hidden';
    });
    if (usable.length === 0) continue;
    const context = await recordContext(database, target, viewer);
    const matches = await selectKeyMatches(database.db, {
      object: target,
      table: context.object.tableName,
      keys: usable,
      where: scopeWhere(context, 'read', 'live'),
      excludeIds: target === props.object && props.excludeId !== undefined ? [props.excludeId] : [],
      limit: MAX_CANDIDATES,
    });
    for (const match of matches) {
      candidates.push({ object: target, record: presentRecord(context, match.row), matchedOn: match.kinds });
    }
  }
  return candidates;
}
