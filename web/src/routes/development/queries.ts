import { queryOptions } from '@tanstack/react-query';
import { api, request } from '../../api/client';
import type { Board, GateStage, Project } from '../../api/development-types';

export const boardQuery = (buyerOrgId?: string) =>
  queryOptions({
    queryKey: ['development', 'board', buyerOrgId ?? null],
    queryFn: ({ signal }) => api.get<Board>('/api/development/board', { buyerOrgId, perStage: 100 }, signal),
  });

export const projectQuery = (id: string) =>
  queryOptions({
    queryKey: ['development', 'project', id],
    queryFn: ({ signal }) => api.get<Project>(`/api/development/projects/${id}`, undefined, signal),
  });

export const ppapElementsQuery = queryOptions({
  queryKey: ['development', 'ppap-elements'],
  queryFn: ({ signal }) => api.get<string[]>('/api/development/ppap-elements', undefined, signal),
  staleTime: Infinity,
});

const base = (id: string) => `/api/development/projects/${id}`;

export interface ProjectInput {
  ikmOrgId: string;
  partName: string;
  partNumber?: string | null;
  description?: string | null;
  material?: string | null;
  mouId?: string | null;
  ppapElements?: string[];
  dueDate?: string | null;
}

export const devApi = {
  create: (input: ProjectInput) => api.post<Project>('/api/development/projects', input),
  updateGate: (id: string, stage: GateStage, patch: { ownerName?: string | null; dueDate?: string | null; approverUserId?: string | null }) => api.patch<Project>(`${base(id)}/gates/${stage}`, patch),
  addChecklistItem: (id: string, stage: GateStage, label: string) => api.post<Project>(`${base(id)}/gates/${stage}/checklist`, { label }),
  tick: (id: string, stage: GateStage, key: string, done: boolean) => request<Project>('PUT', `${base(id)}/gates/${stage}/checklist/${encodeURIComponent(key)}`, { body: { done } }),
  submit: (id: string, note?: string) => api.post<Project>(`${base(id)}/submit`, note ? { note } : {}),
  approve: (id: string, note?: string) => api.post<Project>(`${base(id)}/approve`, note ? { note } : {}),
  reject: (id: string, reason: string, backToStage?: GateStage) => api.post<Project>(`${base(id)}/reject`, { reason, ...(backToStage ? { backToStage } : {}) }),
  cancel: (id: string, reason: string) => api.post<Project>(`${base(id)}/cancel`, { reason }),
  addFile: (id: string, body: { stage?: GateStage; name: string; contentType: string; contentBase64: string }) => api.post(`${base(id)}/files`, body),
};

export const fileUrl = (fileId: string) => `/api/development/files/${fileId}`;
