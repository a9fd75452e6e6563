import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AUDIT_QUERY_KEY, type AuditQuery, auditApi } from '../api/audit.api.ts';

/** One page of the audit log, newest first. */
export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: [...AUDIT_QUERY_KEY, query],
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
}
