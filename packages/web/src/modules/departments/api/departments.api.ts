import { api } from '../../../api/client.ts';

/** A department, as listed flat by the API (the client builds the tree). */
export interface Department {
  id: number;
  name: string;
  parentId: number | null;
  path: string;
  sortOrder: number;
  headUser: { id: number; name: string } | null;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DepartmentInput {
  name?: string;
  parentId?: number | null;
  sortOrder?: number;
  headUserId?: number | null;
}

export const departmentsApi = {
  list: () => api.get<{ items: Department[] }>('/departments'),
  create: (input: DepartmentInput & { name: string }) => api.post<Department>('/departments', input),
  update: (id: number, changes: DepartmentInput) => api.patch<Department>(`/departments/${id}`, changes),
  remove: (id: number) => api.delete(`/departments/${id}`),
};

export const DEPARTMENTS_QUERY_KEY = ['departments'] as const;
