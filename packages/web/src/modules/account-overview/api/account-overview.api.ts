import { api } from '../../../api/client.ts';

/** Key figures of an account over the records the user may read; amounts are exact CNY strings. */
export interface AccountOverview {
  accountId: number;
  owner: { id: number; name: string } | null;
  contacts: { count: number } | null;
  openOpportunities: { count: number; amount: string } | null;
  wonOpportunities: { count: number; amount: string } | null;
  contracts: { count: number; amount: string; received: string; receivable: string } | null;
  openTickets: { count: number } | null;
  lastFollowUpAt: string | null;
}

export const accountOverviewApi = {
  get: (id: number) => api.get<AccountOverview>(`/accounts/${id}/overview`),
};
