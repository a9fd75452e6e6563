import { settingsSection } from '../settings/settings-section.ts';
import { BusinessCalendarSchema, DEFAULT_BUSINESS_CALENDAR } from './business-calendar.schemas.ts';

/** Working days, hours, holidays and adjusted working days, in the `settings` row `businessCalendar`. */
export const businessCalendar = settingsSection(
  'businessCalendar',
  BusinessCalendarSchema,
  DEFAULT_BUSINESS_CALENDAR,
);
