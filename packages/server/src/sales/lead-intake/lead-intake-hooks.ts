import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** Where a lead came in: a web-to-lead form, or the authenticated intake API. */
export type LeadIntakeChannel = 'webForm' | 'api';

/** What a hook is told about a lead intake has just taken in. */
export interface LeadIntakeHookContext {
  /** The intake's transaction: whatever the hook writes commits or rolls back with the lead. */
  trx: Transaction<DB>;
  database: Database;
  /** The lead created, or — `merged` — the existing lead the submission was merged into. */
  leadId: number;
  /** `created`: a new lead; `linked`: a new lead marked a duplicate of `duplicateOf`; `merged`: no new lead. */
  outcome: 'created' | 'linked' | 'merged';
  /** The existing lead the submission matched (linked or merged), or null: someone new. */
  duplicateOf: number | null;
  /** The form the lead was submitted through (web forms only). */
  form?: { id: number; ruleSetId: number | null };
  channel: LeadIntakeChannel;
}

export type LeadIntakeHook = (context: LeadIntakeHookContext) => Promise<void>;

const hooks: LeadIntakeHook[] = [];

/**
 * Registers a hook that runs after intake took a lead in — created it (new, or linked to a duplicate) or
 * merged it into the lead it duplicates — inside the intake transaction and before the answer is sent:
 * nurturing plugs in here, to hand a nurtured lead that came back to a rep (assignment happens earlier, in
 * the lead's create). A hook that throws fails the intake, and nothing of it is stored. Hooks run in
 * registration order. Returns a function that removes the hook again.
 * @example registerLeadIntakeHook(async ({ trx, outcome, leadId }) => { if (outcome === 'merged') await wakeUp(trx, leadId) })
 */
export function registerLeadIntakeHook(hook: LeadIntakeHook): () => void {
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

/** Runs every registered hook for a lead intake created, one after the other. */
export async function runLeadIntakeHooks(context: LeadIntakeHookContext): Promise<void> {
  for (const hook of [...hooks]) await hook(context);
}
