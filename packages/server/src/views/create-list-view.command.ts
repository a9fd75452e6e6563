import type { AuditActor } from '../platform/audit/record-audit.ts';
import { recordAudit } from '../platform/audit/record-audit.ts';
import type { RecordContext } from '../records/record-context.ts';
import { presentView } from './list-view.presenter.ts';
import { insertView } from './list-view.repository.ts';
import type { CreateViewInput } from './list-views.schemas.ts';
import { assertValidView } from './validate-list-view.ts';
import { assertMayShare } from './view-access.ts';

/** Saves a view of the context's object for the viewer (shared ones need the settings right), audited. */
export async function createListView(context: RecordContext, actor: AuditActor, input: CreateViewInput) {
  if (input.shared) assertMayShare(context.viewer);
  await assertValidView(context, input);
  const now = new Date().toISOString();
  return context.database.db.transaction().execute(async (trx) => {
    const row = await insertView(trx, {
      object: context.object.apiName,
      name: input.name,
      columns: JSON.stringify(input.columns),
      filter: input.filter == null ? null : JSON.stringify(input.filter),
      sort: input.sort || null,
      q: input.q || null,
      shared: input.shared,
      owner_id: context.viewer.userId,
      created_at: now,
      updated_at: now,
    });
    const view = presentView(row);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'listView',
      entityId: view.id,
      changes: { object: [null, view.object], name: [null, view.name], shared: [null, view.shared] },
    });
    return view;
  });
}
