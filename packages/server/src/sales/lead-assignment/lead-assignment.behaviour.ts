import {
  type CompletedWrite,
  type PendingWrite,
  registerRecordBehaviour,
} from '../../records/record-behaviour.ts';
import { intakeNoteOf } from '../lead-intake/intake-notes.ts';
import { newLeadClock, noteClockSet } from '../lead-response/response-clock.ts';
import {
  assignLead,
  completePlannedAssignment,
  type PlannedAssignment,
  planAssignment,
} from './assign-lead.command.ts';

const PLANNED = Symbol('leadAssignment.planned');

/** A new lead keeps an owner its creator chose for it (someone else); otherwise the rules decide. */
const rulesDecide = (write: PendingWrite | CompletedWrite, ownerId: unknown) =>
  ownerId === write.context.viewer.userId;

/**
 * A lead created in the app, through the records API or by intake is assigned by the rule set that applies
 * (the form's, or the one that applies on create), in the create's own transaction: decided before the
 * lead is stored, when its rules can be checked on the values it is about to be stored with, so it is
 * stored with its owner and its first-response clock under the set's target (or without an owner, for a
 * pool) — no second write of the lead. Its task, notification or pool entry and the log follow the insert.
 */
async function planOnCreate(write: PendingWrite): Promise<void> {
  if (write.kind !== 'create' || !rulesDecide(write, write.values.ownerId)) return;
  const plan = await planAssignment({
    trx: write.trx,
    context: write.context,
    values: write.values,
    ownerId: typeof write.values.ownerId === 'number' ? write.values.ownerId : null,
    ruleSetId: intakeNoteOf(write.notes)?.ruleSetId,
  });
  if (!plan) return;
  write.notes.set(PLANNED, plan);
  if (plan.decision.outcome.outcome === 'unassigned') return;
  write.setOwner(plan.ownerId);
  const clock = await newLeadClock(
    write.trx,
    {
      ownerId: plan.ownerId,
      status: typeof write.values.status === 'string' ? write.values.status : null,
      firstResponseAt: null,
      responseStatus: null,
    },
    plan.at,
    { ruleSetId: plan.ruleSet.id, ...plan.ruleSet.firstResponse },
  );
  write.set('responseDueAt', clock.responseDueAt);
  write.set('responseStatus', clock.responseStatus);
  noteClockSet(write.notes);
}

/**
 * After the insert: completes the planned assignment, or — when none was planned (a rule reads a lookup) —
 * assigns the stored lead now. A lead created with an owner other than its creator keeps that owner.
 */
async function assignOnCreate(write: CompletedWrite): Promise<void> {
  if (write.kind !== 'created') return;
  const intake = intakeNoteOf(write.notes);
  const props = {
    database: write.context.database,
    trx: write.trx,
    leadId: write.id,
    actor: write.context.viewer,
    channel: intake?.channel ?? (write.context.viewer.apiKey ? 'api' : 'records'),
  };
  const plan = write.notes.get(PLANNED) as PlannedAssignment | undefined;
  if (plan) {
    const name = typeof write.after.name === 'string' ? write.after.name : null;
    await completePlannedAssignment(props, plan, { name, at: write.at });
    return;
  }
  if (!rulesDecide(write, write.after.ownerId)) return;
  const result = await assignLead({ ...props, ruleSetId: intake?.ruleSetId });
  if (result?.ownerChanged) write.changedRecord();
}

registerRecordBehaviour('lead', { beforeWrite: planOnCreate, afterWrite: assignOnCreate });
