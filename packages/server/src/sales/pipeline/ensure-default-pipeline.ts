import type { Database } from '../../db/database.ts';
import { tryTransactionLock } from '../../db/locking.ts';
import { DEFAULT_PIPELINE } from './default-pipeline.ts';
import { anyPipelineExists } from './pipeline.repository.ts';
import { insertPipelineRows } from './pipeline-seed.repository.ts';

/**
 * Creates the default B2B pipeline with its stages when the database has never had a pipeline; does
 * nothing otherwise (an admin's pipelines, renamed or not, are theirs). Runs at start-up, before any user
 * acts, so it writes the rows directly; one instance does it while the others pass.
 * Returns whether it created the pipeline.
 */
export async function ensureDefaultPipeline(database: Database): Promise<boolean> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await tryTransactionLock(trx, database.caps, 'sales.default-pipeline'))) return false;
    if (await anyPipelineExists(trx)) return false;
    await insertPipelineRows(trx, DEFAULT_PIPELINE, new Date().toISOString());
    return true;
  });
}
