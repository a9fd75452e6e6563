/** Why a lead's nurturing emails stopped before its sequence ended (server and web alike). */
export const NURTURE_STOP_REASONS = [
  'claimed',
  'assigned',
  'converted',
  'closed',
  'deleted',
  'merged',
  'unsubscribed',
  'formResubmitted',
  'replied',
  'engaged',
  'manual',
  'sendFailed',
  'noEmail',
  'sequenceOff',
  'sequenceDeleted',
] as const;

export type NurtureStopReason = (typeof NURTURE_STOP_REASONS)[number];
