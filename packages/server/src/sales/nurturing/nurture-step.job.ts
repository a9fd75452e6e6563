import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { now } from '../../platform/clock.ts';
import { defineJobHandler } from '../../platform/jobs/job-handler.ts';
import { systemRecordContext } from '../../records/system-context.ts';
import { type ComposedEmail, composeLeadEmail } from '../email/compose-email.ts';
import { findStepSend, insertSend, updateSend } from '../email/email-send.repository.ts';
import { findEmailTemplate } from '../email/email-template.repository.ts';
import { loadLeadRecipient } from '../email/lead-recipient.ts';
import { TemplateError } from '../email/liquid-engine.ts';
import { type Delivery, SmtpFailure, sendEmail } from '../email/mailer.ts';
import { recordSendOutcome, type SendContext } from '../email/record-send-outcome.ts';
import { smtpConfigured, smtpSettings } from '../email/smtp-settings.repository.ts';
import type { SmtpSettings } from '../email/smtp-settings.schemas.ts';
import { CONVERTED } from '../lead/lead-fields.ts';
import { SYSTEM_ACTOR } from '../payment/system-actor.ts';
import { moveToNextStep } from './advance-enrolment.ts';
import { findEnrolment } from './enrolment.repository.ts';
import { type LeadStanding, leadStandings } from './lead-standing.repository.ts';
import { nurturedLeadTable } from './nurtured-leads.ts';
import { findSequence, type Sequence } from './sequence.repository.ts';
import { NURTURE_STEP_JOB, type StepPayload } from './step-jobs.ts';
import { type StopReason, stopNurturing } from './stop-nurturing.ts';

/** A step ready to go out: its send row, the email and the account to send it through. */
interface ReadyStep {
  send: SendContext;
  email: ComposedEmail;
  settings: SmtpSettings;
  enrolment: { id: number; leadId: number };
  sequence: Sequence;
}

const INTERRUPTED =
  'The previous attempt was interrupted while sending; not sent again, to avoid a duplicate';

/**
 * Sends one step of one enrolment at the moment it is due (scheduled by the enrolment, not found by polling
 * leads). First, in a transaction, the lead is checked — still in a pool, open, with an address, not opted
 * out, the sequence still on — else its nurturing stops with the reason; the step's send is claimed (one per
 * enrolment and step, whatever the job's retries). Then the email goes out, outside any transaction. Then the
 * outcome is written: sent → the next step is scheduled (or the sequence completed); failed → retried with the
 * job's backoff while the server's refusal is not final and attempts remain, else logged as failed and the
 * lead's nurturing stopped. A job of a step that moved or stopped meanwhile does nothing.
 */
export const nurtureStepJob = defineJobHandler<StepPayload>(NURTURE_STEP_JOB, async (payload, ctx) => {
  const { database } = ctx;
  const ready = await database.transactWrite((trx) => prepareStep(database, trx, payload));
  if (!ready) return;
  let delivery: Delivery | null = null;
  let failure: SmtpFailure | null = null;
  try {
    if (!smtpConfigured(ready.settings))
      throw new SmtpFailure('Email is not set up (Settings → Email)', false);
    delivery = await sendEmail(ready.settings, { ...ready.email, to: ready.send.to });
  } catch (error) {
    if (!(error instanceof SmtpFailure)) throw error;
    failure = error;
  }
  const final = failure === null || failure.permanent || ctx.attempt >= ctx.maxAttempts;
  await database.transactWrite(async (trx) => {
    const at = now().toISOString();
    const send = { ...ready.send, at };
    if (delivery) {
      await recordSendOutcome(trx, send, { ok: true, delivery });
      await moveToNextStep(trx, ready.enrolment, ready.sequence, payload.position, at);
    } else if (failure) {
      await recordSendOutcome(trx, send, { ok: false, failure, retry: !final });
      if (final) await stopNurturing(trx, { id: ready.enrolment.id }, 'sendFailed', null, at);
    }
  });
  // Thrown after the attempt is logged: the job is retried with backoff.
  if (failure && !final) throw new Error(failure.detail);
});

/** Why a lead must not get its next email, or null when it may. */
function stopReasonOf(lead: LeadStanding | undefined, sequenceActive: boolean): StopReason | null {
  if (!lead) return 'deleted';
  if (lead.ownerId !== null) return 'assigned';
  if (lead.status === CONVERTED) return 'converted';
  if (lead.status === 'unqualified') return 'closed';
  if (lead.optedOut) return 'unsubscribed';
  if (!lead.email) return 'noEmail';
  if (!sequenceActive) return 'sequenceOff';
  return null;
}

async function prepareStep(
  database: Database,
  trx: Transaction<DB>,
  payload: StepPayload,
): Promise<ReadyStep | null> {
  const row = await findEnrolment(trx, payload.enrolmentId);
  if (row?.status !== 'active' || Number(row.next_position) !== payload.position) return null;
  if (row.next_due_at === null || new Date(row.next_due_at).toISOString() !== payload.dueAt) return null;
  const at = now().toISOString();
  const enrolment = { id: Number(row.id), leadId: Number(row.lead_id) };
  const leads = await nurturedLeadTable(database, trx);
  const standing = (await leadStandings(trx, leads, [enrolment.leadId])).get(enrolment.leadId);
  const sequence = await findSequence(trx, Number(row.sequence_id));
  const stop = stopReasonOf(standing, Boolean(sequence?.active));
  if (stop || !sequence) {
    await stopNurturing(trx, { id: enrolment.id }, stop ?? 'sequenceDeleted', null, at);
    return null;
  }
  const step = sequence.steps[payload.position];
  if (!step) {
    await moveToNextStep(trx, enrolment, sequence, sequence.steps.length - 1, at);
    return null;
  }
  const earlier = await findStepSend(trx, enrolment.id, payload.position);
  if (earlier?.status === 'sent' || earlier?.status === 'failed') {
    // Its outcome was written; only moving on was lost.
    if (earlier.status === 'sent') await moveToNextStep(trx, enrolment, sequence, payload.position, at);
    return null;
  }
  const template = await findEmailTemplate(trx, step.templateId);
  const settings = await smtpSettings.read(trx);
  const context = await systemRecordContext(database, 'lead', SYSTEM_ACTOR, trx);
  const lead = await loadLeadRecipient(trx, context, enrolment.leadId, 'read');
  const base = {
    leadId: enrolment.leadId,
    to: lead?.email ?? '',
    actorUserId: null,
    params: { template: template?.name ?? null, sequence: sequence.name, step: payload.position + 1 },
    at,
  };
  if (earlier?.status === 'sending') {
    const send = {
      ...base,
      sendId: Number(earlier.id),
      subject: earlier.subject,
      attempts: Number(earlier.attempts),
    };
    await recordSendOutcome(trx, send, {
      ok: false,
      failure: new SmtpFailure(INTERRUPTED, true),
      retry: false,
    });
    await moveToNextStep(trx, enrolment, sequence, payload.position, at);
    return null;
  }
  let email: ComposedEmail | null = null;
  let problem: string | null = null;
  try {
    if (template && lead) {
      const sender = {
        name: settings.fromName || settings.fromAddress,
        email: settings.fromAddress,
        phone: null,
      };
      email = await composeLeadEmail(database, trx, {
        template,
        lead,
        sender,
        publicUrl: settings.publicUrl,
      });
    }
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    problem = `${error.part}: ${error.message}`;
  }
  const attempts = Number(earlier?.attempts ?? 0) + 1;
  const subject = email?.subject ?? template?.subject ?? '';
  let sendId: number;
  if (earlier) {
    sendId = Number(earlier.id);
    await updateSend(trx, sendId, { status: 'sending', attempts, subject, updated_at: at });
  } else {
    sendId = await insertSend(trx, {
      lead_id: enrolment.leadId,
      enrolment_id: enrolment.id,
      step_position: payload.position,
      template_id: template?.id ?? null,
      sent_by: null,
      to_address: base.to,
      subject,
      status: 'sending',
      attempts,
      error: null,
      message_id: null,
      created_at: at,
      updated_at: at,
      sent_at: null,
    });
  }
  const send: SendContext = { ...base, sendId, subject, attempts };
  if (!email) {
    await recordSendOutcome(trx, send, {
      ok: false,
      failure: new SmtpFailure(problem ?? 'The template could not be rendered', true),
      retry: false,
    });
    await stopNurturing(trx, { id: enrolment.id }, 'sendFailed', null, at);
    return null;
  }
  return { send, email, settings, enrolment, sequence };
}
