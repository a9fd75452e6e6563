import { settingsSection } from '../../platform/settings/settings-section.ts';
import { DEFAULT_QUOTE_SETTINGS, QuoteSettingsSchema } from './quote-settings.schemas.ts';

/** The quote rules (discount approval threshold, default validity), in the `settings` row `quotes`. */
export const quoteSettings = settingsSection('quotes', QuoteSettingsSchema, DEFAULT_QUOTE_SETTINGS);

/** The quote rules, each field falling back to its default when absent or invalid. */
export const readQuoteSettings = quoteSettings.read;
