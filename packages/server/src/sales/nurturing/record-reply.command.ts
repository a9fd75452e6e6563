import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { type AuditActor, recordAudit } from '../../platform/audit/record-audit.ts';
import { now } from '../../platform/clock.ts';
import { userRefOf } from './hand-back.repository.ts';
import { handBackLead } from './hand-back-lead.command.ts';
import { leadIdsAtAddress } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';

export interface ReplyInput {
  from: string;
  subject?: string | undefined;
}

/**
 * A reply to a nurturing email reached the company's mailbox: its mail gateway or mail client posts
 * the sender's address, and every pooled lead at that address goes back to a rep by the hand-back rules
 * (reason `replied`), its emails stopped. Leads a rep already has, or at no pool, are left as they are; an
 * address no lead has answers an empty list.
 */
export async function recordLeadReply(
  database: Database,
  viewer: Viewer,
  actor: AuditActor,
  input: ReplyInput,
) {
  const address = input.from.trim().toLowerCase();
  return database.transactWrite(async (trx) => {
    const leads = await nurturedLeadTable(database, trx);
    const ids = await leadIdsAtAddress(trx, leads, address);
    const at = now().toISOString();
    const handedBack = [];
    for (const id of ids) {
      const result = await handBackLead(database, trx, {
        leadId: id,
        reason: 'replied',
        actor: viewer,
        at,
      });
      if (!result) continue;
      await recordAudit(trx, actor, {
        action: 'reply',
        entityType: 'lead',
        entityId: id,
        changes: {
          ownerId: [null, result.ownerId],
          ...(input.subject ? { subject: [null, input.subject] } : {}),
        },
      });
      handedBack.push({
        id,
        owner: await userRefOf(trx, result.ownerId),
        via: result.via,
      });
    }
    return { leads: handedBack };
  });
}
