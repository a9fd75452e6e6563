import type { Dayjs } from 'dayjs';
import type { ConversionChoice } from '../api/lead-conversion.api.ts';

/** The conversion dialog's form values. */
export interface ConversionFormValues {
  accountMode: 'new' | 'existing';
  accountName?: string;
  accountId?: number | null;
  contactMode: 'new' | 'existing' | 'none';
  contactId?: number | null;
  createOpportunity: boolean;
  opportunity?: { name?: string; amount?: string | number | null; closeDate?: Dayjs | null };
}

/** The API body of the conversion dialog. */
export function conversionChoiceOf(values: ConversionFormValues, version: number): ConversionChoice {
  const accountName = values.accountName?.trim();
  const opportunity = values.opportunity;
  return {
    version,
    account:
      values.accountMode === 'existing'
        ? { mode: 'existing', id: Number(values.accountId) }
        : { mode: 'new', ...(accountName ? { name: accountName } : {}) },
    contact:
      values.contactMode === 'existing'
        ? { mode: 'existing', id: Number(values.contactId) }
        : { mode: values.contactMode },
    opportunity:
      values.createOpportunity && opportunity
        ? {
            name: (opportunity.name ?? '').trim(),
            amount:
              opportunity.amount === null || opportunity.amount === undefined || opportunity.amount === ''
                ? null
                : String(opportunity.amount).trim(),
            closeDate: opportunity.closeDate ? opportunity.closeDate.format('YYYY-MM-DD') : null,
          }
        : null,
  };
}
