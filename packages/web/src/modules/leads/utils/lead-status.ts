import type { RecordData } from '../../records/api/records.api.ts';

/** Whether a lead was converted (only the conversion sets this status; the lead is then read-only). */
export const isConverted = (lead: RecordData) => lead.status === 'converted';
