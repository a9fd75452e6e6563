import { useMutation } from '@tanstack/react-query';
import { emailApi } from '../api/email.api.ts';

/** Renders a template (saved or being written) with a lead or sample data. */
export function usePreviewEmail() {
  return useMutation({ mutationFn: emailApi.preview });
}
