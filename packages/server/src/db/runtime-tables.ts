import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

/**
 * The same connection or transaction, typed for tables whose names are only known at run time (record
 * tables and their columns, named by metadata). Names given to it must come from metadata, never from input.
 */
// biome-ignore lint/suspicious/noExplicitAny: record tables are not in the static schema
export const runtimeTables = (db: Kysely<DB>): Kysely<any> => db as unknown as Kysely<any>;
