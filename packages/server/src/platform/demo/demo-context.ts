import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuditActor } from '../audit/record-audit.ts';

/**
 * What the demo domains share while loading, inside one transaction: each domain adds the ids it created
 * so the domains after it can refer to them (owners of customers, departments of targets, …).
 */
export interface DemoContext {
  trx: Transaction<DB>;
  /** One timestamp for every demo row, so a load is one recognisable moment in the audit log. */
  now: string;
  actor: AuditActor;
  /** Argon2id hash of the demo users' password. */
  passwordHash: string;
  /** Department ids and materialised paths by demo key (`hq`, `east`, `shanghai`, …). */
  departmentIds: Map<string, number>;
  departmentPaths: Map<string, string>;
  /** User ids by username. */
  userIds: Map<string, number>;
}
