/** The records a follow-up can be about (C-2); at least one is required. */
export const FOLLOW_UP_LINKS = ['lead', 'account', 'contact', 'opportunity'] as const;

/** The name of the job that reminds a follow-up's owner of the next follow-up. */
export const FOLLOW_UP_REMINDER_JOB = 'followUp.remind';
