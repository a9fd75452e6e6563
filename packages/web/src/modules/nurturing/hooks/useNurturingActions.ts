import { useMutation, useQueryClient } from '@tanstack/react-query';
import { POOL_EVENTS_QUERY_KEY, POOLS_QUERY_KEY } from '../../lead-pools/api/lead-pools.api.ts';
import { RECORDS_QUERY_KEY } from '../../records/api/records.api.ts';
import { TIMELINE_QUERY_KEY } from '../../timeline/api/timeline.api.ts';
import { emailApi } from '../api/email.api.ts';
import { NURTURING_QUERY_KEY, nurturingApi, SEQUENCES_QUERY_KEY } from '../api/nurturing.api.ts';

/** After anything changes a lead's nurturing: its status, sequences' counts, pools, the lead and its timeline. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [
        NURTURING_QUERY_KEY,
        SEQUENCES_QUERY_KEY,
        POOLS_QUERY_KEY,
        POOL_EVENTS_QUERY_KEY,
        RECORDS_QUERY_KEY,
        TIMELINE_QUERY_KEY,
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
}

/** Enrols pooled leads in a sequence. */
export function useEnrolLeads() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ sequenceId, leadIds }: { sequenceId: number; leadIds: number[] }) =>
      nurturingApi.enrol(sequenceId, leadIds),
    onSuccess: refresh,
  });
}

/** Marks a pooled lead engaged: it goes back to a rep. */
export function useMarkEngaged() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (leadId: number) => nurturingApi.engaged(leadId), onSuccess: refresh });
}

/** Stops a pooled lead's emails. */
export function useStopNurturing() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (leadId: number) => nurturingApi.stop(leadId), onSuccess: refresh });
}

/** Sends a lead an email from a template, now; a failure is logged too, so the lead refreshes either way. */
export function useSendLeadEmail() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ leadId, templateId }: { leadId: number; templateId: number }) =>
      emailApi.sendToLead(leadId, templateId),
    onSettled: refresh,
  });
}
