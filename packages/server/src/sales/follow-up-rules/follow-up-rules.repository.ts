import { settingsSection } from '../../platform/settings/settings-section.ts';
import { DEFAULT_FOLLOW_UP_RULES, FollowUpRulesSchema } from './follow-up-rules.schemas.ts';

/** The follow-up rules, in the `settings` row `followUpRules`. */
export const followUpRules = settingsSection('followUpRules', FollowUpRulesSchema, DEFAULT_FOLLOW_UP_RULES);
