import { useMutation } from '@tanstack/react-query';
import { emailApi } from '../api/email.api.ts';

/** Sends a test email with the saved SMTP settings. */
export function useSendTestEmail() {
  return useMutation({ mutationFn: (to: string) => emailApi.sendTest(to) });
}
