import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { type RecordContext, recordContext } from '../../records/record-context.ts';
import { systemRecordContext } from '../../records/system-context.ts';

/** The objects the lines, catalogue and quote features read and write. */
const SALES_CONTEXT_OBJECTS = ['opportunity', 'quote', 'contract', 'product', 'priceList'] as const;
export type SalesContextObject = (typeof SALES_CONTEXT_OBJECTS)[number];

/** Records contexts of the viewer (their permissions) and of the system (acting for them), per object. */
export interface SalesContexts {
  database: Database;
  viewer: Viewer;
  of(object: SalesContextObject): RecordContext;
  systemOf(object: SalesContextObject): RecordContext;
}

/**
 * Builds every context an action may need before its transaction opens: building one reads the metadata
 * registry (and tag groups) on the database's own connection, which on SQLite — one connection — would
 * wait forever for the transaction holding it.
 */
export async function loadSalesContexts(database: Database, viewer: Viewer): Promise<SalesContexts> {
  const own = new Map<string, RecordContext>();
  const system = new Map<string, RecordContext>();
  for (const object of SALES_CONTEXT_OBJECTS) {
    own.set(object, await recordContext(database, object, viewer));
    system.set(object, await systemRecordContext(database, object, viewer, database.db));
  }
  return {
    database,
    viewer,
    of: (object) => own.get(object)!,
    systemOf: (object) => system.get(object)!,
  };
}

/** Whether an object has lines and a context here (the lines API serves only these). */
export function isSalesContextObject(object: string): object is SalesContextObject {
  return (SALES_CONTEXT_OBJECTS as readonly string[]).includes(object);
}
