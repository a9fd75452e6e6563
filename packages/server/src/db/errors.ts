/**
 * Recognises database errors that are the caller's race, not a bug: the same unique value written by two
 * requests at once, or two transactions that deadlocked or failed to serialise. Application code checks
 * uniqueness first with a clear 422; these catch what slips between the check and the write.
 */
export type DatabaseConflict = 'unique' | 'concurrent';

export function classifyDatabaseConflict(error: unknown): DatabaseConflict | null {
  if (!error || typeof error !== 'object') return null;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL SQLSTATE codes.
  if (code === '23505') return 'unique';
  if (code === '40P01' || code === '40001') return 'concurrent';
  // better-sqlite3 error codes.
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED')
    return 'concurrent';
  return null;
}
