import type { CaseListParams } from '../types';

/** Query keys of cases, so that a change refreshes every list and part of the case it touches. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (params: CaseListParams) => ['cases', 'list', params] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  brief: (id: string) => ['cases', 'brief', id] as const,
  draft: ['cases', 'draft', 'mine'] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
  timelinePage: (id: string, params: { page: number; size: number }) => ['cases', 'timeline', id, params] as const,
  notes: (id: string) => ['cases', 'notes', id] as const,
  notesPage: (id: string, params: { page: number; size: number }) => ['cases', 'notes', id, params] as const,
  consents: (id: string) => ['cases', 'consents', id] as const,
};
