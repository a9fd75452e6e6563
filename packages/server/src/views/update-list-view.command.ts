import { takeWriteLock } from '../db/locking.ts';
import { type AuditActor, diffChanges, recordAudit } from '../platform/audit/record-audit.ts';
import type { RecordContext } from '../records/record-context.ts';
import { presentView } from './list-view.presenter.ts';
import { selectView, updateView } from './list-view.repository.ts';
import type { UpdateViewInput } from './list-views.schemas.ts';
import { assertValidView } from './validate-list-view.ts';
import { assertMayChange, assertMayShare, viewNotFound } from './view-access.ts';

/**
 * Changes a view: a personal one only by its owner, a shared one (or sharing one) only with the settings
 * right; columns, filter and sort are checked like a new view's. Audited with the changed properties.
 */
export async function updateListView(
  context: RecordContext,
  actor: AuditActor,
  id: number,
  input: UpdateViewInput,
) {
  await assertValidView(context, input);
  return context.database.db.transaction().execute(async (trx) => {
    await takeWriteLock(trx, context.database.caps);
    const row = await selectView(trx, context.object.apiName, id);
    if (!row) throw viewNotFound();
    assertMayChange(context.viewer, row);
    if (input.shared) assertMayShare(context.viewer);
    const before = presentView(row);
    const updated = await updateView(trx, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.columns !== undefined ? { columns: JSON.stringify(input.columns) } : {}),
      ...(input.filter !== undefined
        ? { filter: input.filter === null ? null : JSON.stringify(input.filter) }
        : {}),
      ...(input.sort !== undefined ? { sort: input.sort || null } : {}),
      ...(input.q !== undefined ? { q: input.q || null } : {}),
      ...(input.shared !== undefined ? { shared: input.shared } : {}),
      updated_at: new Date().toISOString(),
    });
    const view = presentView(updated);
    const { updatedAt: _a, ...after } = view;
    const { updatedAt: _b, ...previous } = before;
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'listView',
      entityId: id,
      changes: diffChanges(previous, after),
    });
    return view;
  });
}
