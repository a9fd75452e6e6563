import { api } from '../../../api/client.ts';

export interface RegionChild {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
  hasChildren: boolean;
}

export interface RegionDetail {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
  path: Array<{ code: string; name: string }>;
  fullName: string;
}

export const regionsApi = {
  children: (parent?: string) => api.get<{ items: RegionChild[] }>('/regions', { query: { parent } }),
  get: (code: string) => api.get<RegionDetail>(`/regions/${encodeURIComponent(code)}`),
};
