import type { Database } from '../../db/database.ts';
import { ensureOpportunityIndexes } from '../opportunity/opportunity-indexes.ts';
import { ensureDefaultPipeline } from './ensure-default-pipeline.ts';

/** What pipelines need before the server serves: the default pipeline on a new database, the indexes. */
export async function preparePipelines(database: Database): Promise<void> {
  await ensureDefaultPipeline(database);
  await ensureOpportunityIndexes(database);
}
