import type { Database } from '../../db/database.ts';
import { openTotalsMissing, rebuildOpenTotals } from '../opportunity/open-stage-totals.repository.ts';
import { ensureOpportunityIndexes } from '../opportunity/opportunity-indexes.ts';
import { ensureDefaultPipeline } from './ensure-default-pipeline.ts';

/**
 * What pipelines need before the server serves: the default pipeline on a new database, the indexes, and the
 * kanban's open totals on a database whose opportunities predate them.
 */
export async function preparePipelines(database: Database): Promise<void> {
  await ensureDefaultPipeline(database);
  await ensureOpportunityIndexes(database);
  if (await openTotalsMissing(database.db)) {
    await database.db.transaction().execute((trx) => rebuildOpenTotals(trx));
  }
}
