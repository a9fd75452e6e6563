import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { apiValuesOf, presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { type DuplicateCandidate, findDuplicateCandidates } from '../duplicates/find-duplicates.query.ts';
import { CONVERTED } from './lead-fields.ts';

/** What the conversion dialog needs: the lead, what it may merge into, and what the viewer may create. */
export interface ConversionPreview {
  lead: RecordOutput;
  converted: boolean;
  /** Accounts with the same normalised company name or phone, within the viewer's read scope. */
  accounts: DuplicateCandidate[];
  /** Contacts with the same phone or e-mail, within the viewer's read scope. */
  contacts: DuplicateCandidate[];
  may: { createAccount: boolean; createContact: boolean; createOpportunity: boolean };
}

/** The conversion preview of a live lead the viewer may update (404 otherwise). */
export async function conversionPreview(
  database: Database,
  viewer: Viewer,
  leadId: number,
): Promise<ConversionPreview> {
  const context = await recordContext(database, 'lead', viewer);
  const row = await selectRecord(
    database.db,
    context.object.tableName,
    leadId,
    scopeWhere(context, 'update', 'live'),
  );
  if (!row) throw recordNotFound();
  const values = apiValuesOf(context, row);
  const candidates = await findDuplicateCandidates(database, viewer, {
    object: 'lead',
    values,
    targets: ['account', 'contact'],
  });
  const can = (object: string) => viewer.permissions.can(object, 'create');
  return {
    lead: presentRecord(context, row),
    converted: values.status === CONVERTED,
    accounts: candidates.filter((candidate) => candidate.object === 'account'),
    contacts: candidates.filter((candidate) => candidate.object === 'contact'),
    may: {
      createAccount: can('account'),
      createContact: can('contact'),
      createOpportunity: can('opportunity'),
    },
  };
}
