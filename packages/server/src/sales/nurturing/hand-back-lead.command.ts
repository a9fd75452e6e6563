import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Viewer } from '../../http/access.ts';
import { translate } from '../../platform/i18n.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { changeLeadOwner } from '../lead/change-lead-owner.ts';
import { CLOSED_LEAD_STATUSES } from '../lead/lead-table.ts';
import { assignLead } from '../lead-assignment/assign-lead.command.ts';
import { selectAssignOnCreateRuleSetId } from '../lead-assignment/rule-set.repository.ts';
import { recordOwnerChange } from '../lead-pool/custody.repository.ts';
import { insertPoolEvent } from '../lead-pool/pool-events.repository.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import { insertTimelineEvent } from '../timeline/timeline-event.ts';
import { activeEnrolmentOf } from './enrolment.repository.ts';
import { availableManagersOf, managersOf, previousOwnerOf } from './hand-back.repository.ts';
import { leadStandings } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';
import {
  NURTURED_LEAD_ENGAGED,
  NURTURED_LEAD_RESUBMITTED,
  NURTURED_LEAD_WAITING,
} from './nurturing.messages.ts';
import { stopNurturing } from './stop-nurturing.ts';

/** Why a pooled lead goes back to a rep: it submitted a form again, replied to an email, or someone saw it engage. */
export type HandBackReason = 'formResubmitted' | 'replied' | 'engaged';

/** Who got the lead and how: by a rule, as its previous owner, as a pool manager; or nobody (still pooled). */
export interface HandBackResult {
  ownerId: number | null;
  via: 'rule' | 'previousOwner' | 'poolManager' | null;
}

const TASK_DUE_MINUTES = 60;

/**
 * Hands a pooled lead that engaged back to a rep, inside the caller's transaction: its nurturing stops
 * (with the reason), then the assignment machinery picks the rep — the rule set of its sequence, else the one
 * that applies on create, trying only rules that name people — and when no rule finds anyone, the rep who
 * last had it, then the pool's least-loaded manager. The new owner has a follow-up task and a notification;
 * the pool's history and the lead's timeline say why. With nobody to take it, the lead stays pooled and the
 * pool's managers are told. Returns null when the lead is not in a pool (missing, owned, or closed).
 */
export async function handBackLead(
  database: Database,
  trx: Transaction<DB>,
  props: { leadId: number; reason: HandBackReason; actor: Viewer | null; at: string },
): Promise<HandBackResult | null> {
  const { leadId, reason, at } = props;
  const actorUserId = props.actor?.userId ?? null;
  const leads = await nurturedLeadTable(database, trx);
  const lead = (await leadStandings(trx, leads, [leadId])).get(leadId);
  const closed = (CLOSED_LEAD_STATUSES as readonly string[]).includes(lead?.status ?? '');
  if (!lead || lead.poolId === null || closed) return null;
  const poolId = lead.poolId;
  const enrolment = await activeEnrolmentOf(trx, leadId);
  if (enrolment) await stopNurturing(trx, { id: enrolment.id }, reason, actorUserId, at);

  let result: HandBackResult = { ownerId: null, via: null };
  const ruleSetId = enrolment?.handBackRuleSetId ?? (await selectAssignOnCreateRuleSetId(trx)) ?? null;
  if (ruleSetId !== null) {
    const assigned = await assignLead({
      database,
      trx,
      leadId,
      ruleSetId,
      actor: props.actor,
      channel: 'nurturing',
      peopleOnly: true,
      notifyOwner: false,
    });
    if (assigned?.outcome === 'assigned') result = { ownerId: assigned.userId, via: 'rule' };
  }
  if (result.ownerId === null) {
    const moment = new Date(at);
    const previous = await previousOwnerOf(trx, leadId, moment, leads.timeZone);
    const manager =
      previous === null ? (await availableManagersOf(trx, leads, poolId, moment))[0] : undefined;
    const userId = previous ?? manager ?? null;
    if (userId !== null) {
      await giveLeadTo(database, trx, { leadId, name: lead.name, userId, actor: props.actor, at });
      result = { ownerId: userId, via: previous !== null ? 'previousOwner' : 'poolManager' };
    }
  }

  const link = { object: 'lead', recordId: leadId, actorUserId };
  let ownerName: string | null = null;
  if (result.ownerId !== null) {
    ownerName =
      (await trx.selectFrom('users').select('name').where('id', '=', result.ownerId).executeTakeFirst())
        ?.name ?? null;
    await insertPoolEvent(trx, {
      lead_id: leadId,
      pool_id: poolId,
      kind: 'assigned',
      from_user_id: null,
      to_user_id: result.ownerId,
      actor_user_id: actorUserId,
      reason_code: 'handedBack',
      reason,
      run_id: null,
      at,
    });
    await notify(trx, {
      userIds: [result.ownerId],
      kind: reason === 'formResubmitted' ? NURTURED_LEAD_RESUBMITTED : NURTURED_LEAD_ENGAGED,
      params: { name: lead.name },
      ...link,
    });
  } else {
    const pool = await trx
      .selectFrom('lead_pools')
      .select('name')
      .where('id', '=', poolId)
      .executeTakeFirst();
    await notify(trx, {
      userIds: await managersOf(trx, poolId),
      kind: NURTURED_LEAD_WAITING,
      params: { name: lead.name, pool: pool?.name ?? '' },
      ...link,
    });
  }
  await insertTimelineEvent(trx, {
    object: 'lead',
    id: leadId,
    title: lead.name,
    code: 'nurture.handedBack',
    params: { reason, via: result.via, owner: ownerName },
    actorUserId,
    at,
  });
  return result;
}

/** Makes `userId` the lead's owner, with a follow-up task due soon in their language. */
async function giveLeadTo(
  database: Database,
  trx: Transaction<DB>,
  props: { leadId: number; name: string; userId: number; actor: Viewer | null; at: string },
): Promise<void> {
  const leads = await nurturedLeadTable(database, trx);
  await changeLeadOwner(trx, leads, {
    leadId: props.leadId,
    ownerId: props.userId,
    actorUserId: props.actor?.userId ?? null,
    at: props.at,
  });
  await recordOwnerChange(trx, props.leadId, props.at);
  const owner = await trx
    .selectFrom('users')
    .select('locale')
    .where('id', '=', props.userId)
    .executeTakeFirst();
  const tasks = await systemRecordContext(database, 'task', props.actor ?? SYSTEM_ACTOR, trx);
  await createRecordIn(
    trx,
    tasks,
    {
      subject: translate(owner?.locale === 'en' ? 'en' : 'zh-CN', 'nurturing.task_subject', {
        name: props.name,
      }),
      dueAt: new Date(new Date(props.at).getTime() + TASK_DUE_MINUTES * 60_000).toISOString(),
      priority: 'high',
      lead: props.leadId,
      ownerId: props.userId,
    },
    { managed: true },
  );
}
