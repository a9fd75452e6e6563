import { settingsSection } from '../../platform/settings/settings-section.ts';
import { DEFAULT_LEAD_RESPONSE_SETTINGS, LeadResponseSettingsSchema } from './lead-response.schemas.ts';

/** The first-response target, in the `settings` row `leadResponse`. */
export const leadResponseSettings = settingsSection(
  'leadResponse',
  LeadResponseSettingsSchema,
  DEFAULT_LEAD_RESPONSE_SETTINGS,
);

/** The name of the job that fires at a lead's first-response deadline. */
export const LEAD_RESPONSE_DUE_JOB = 'lead.responseDue';
