import type { Database } from '../../db/database.ts';
import { AppError, conflict } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { apiValuesOf, type RecordOutput } from '../../records/record.presenter.ts';
import { selectRecord } from '../../records/record.repository.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { updateRecordIn } from '../../records/update-record.command.ts';
import { carryLeadActivities } from './carry-lead-activities.ts';
import type { ConversionChoice } from './conversion-input.ts';
import { createFromLead, fillEmptyFields, inPart, visibleRecord } from './conversion-steps.ts';
import { CONVERTED } from './lead-fields.ts';
import './lead.messages.ts';
import { now } from '../../platform/clock.ts';

/** What a conversion made: the converted lead and the records it now links to. */
export interface ConversionResult {
  lead: RecordOutput;
  account: RecordOutput;
  contact: RecordOutput | null;
  opportunity: RecordOutput | null;
}

/**
 * Converts a lead (L-3) in one transaction: creates an account from it or links (and fills the empty
 * fields of) an existing one, creates or links a contact (or none), optionally opens an opportunity, and
 * marks the lead converted with links to all three. Company, phone, e-mail, region, industry and source
 * flow from the lead; the new records link back to it, and the lead's follow-ups and tasks to them. Every write goes through the records commands in
 * the viewer's context: update on the lead, create on what is created, and their data scopes apply (an
 * account or contact outside the viewer's scope is a 404). A converted or deleted lead, an invalid choice
 * or any refused write leaves nothing changed.
 */
export async function convertLead(
  database: Database,
  viewer: Viewer,
  leadId: number,
  choice: ConversionChoice,
): Promise<ConversionResult> {
  const [leads, accounts, contacts, opportunities] = await Promise.all(
    ['lead', 'account', 'contact', 'opportunity'].map((object) => recordContext(database, object, viewer)),
  );
  return inRecordTransaction(database, async (trx) => {
    const row = await selectRecord(
      trx,
      leads!.object.tableName,
      leadId,
      scopeWhere(leads!, 'update', 'live'),
    );
    if (!row) throw recordNotFound();
    const lead = apiValuesOf(leads!, row);
    if (lead.status === CONVERTED) throw conflict('lead.already_converted');
    if (choice.version !== undefined && Number(row.version) !== choice.version)
      throw conflict('common.stale_version');
    const owner = lead.ownerId === null ? null : Number(lead.ownerId);

    const companyFields = {
      phone: lead.phone,
      region: lead.region,
      industry: lead.industry,
      source: lead.source,
      lead: leadId,
    };
    const account = await inPart('account', async () =>
      choice.account.mode === 'new'
        ? createFromLead(
            trx,
            accounts!,
            { name: choice.account.name ?? lead.company ?? lead.name, ...companyFields },
            owner,
          )
        : fillEmptyFields(
            trx,
            accounts!,
            { id: choice.account.id, ...(await visibleRecord(trx, accounts!, choice.account.id)) },
            companyFields,
          ),
    );

    const personFields = {
      title: lead.title,
      phone: lead.phone,
      email: lead.email,
      account: account.id,
      lead: leadId,
    };
    const contactChoice = choice.contact;
    const contact = await inPart('contact', async () => {
      if (contactChoice.mode === 'none') return null;
      if (contactChoice.mode === 'new')
        return createFromLead(trx, contacts!, { name: lead.name, ...personFields }, owner);
      const existing = await visibleRecord(trx, contacts!, contactChoice.id);
      if (existing.values.account !== null && existing.values.account !== account.id) {
        throw new AppError(422, 'lead.contact_of_other_account', {}, [
          { field: 'id', code: 'lead.contact_of_other_account' },
        ]);
      }
      return fillEmptyFields(trx, contacts!, { id: contactChoice.id, ...existing }, personFields);
    });

    const wanted = choice.opportunity;
    const opportunity = wanted
      ? await inPart('opportunity', () =>
          createFromLead(
            trx,
            opportunities!,
            {
              name: wanted.name,
              amount: wanted.amount ?? null,
              closeDate: wanted.closeDate ?? null,
              account: account.id,
              contact: contact?.id ?? null,
              source: lead.source,
              lead: leadId,
            },
            owner,
          ),
        )
      : null;

    await carryLeadActivities(trx, leads!, leadId, {
      account: account.id,
      contact: contact?.id ?? null,
      opportunity: opportunity?.id ?? null,
    });
    const converted = await updateRecordIn(
      trx,
      leads!,
      leadId,
      Number(row.version),
      {
        status: CONVERTED,
        convertedAccount: account.id,
        convertedContact: contact?.id ?? null,
        convertedOpportunity: opportunity?.id ?? null,
        convertedAt: now().toISOString(),
      },
      { managed: true },
    );
    return { lead: converted, account, contact, opportunity };
  });
}
