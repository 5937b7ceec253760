import type { ClubListParams, MemberListParams } from '../types';

/** Query keys of the clubs, so that a saved member or meeting refreshes the club's page and lists. */
export const clubKeys = {
  all: ['clubs'] as const,
  list: (params: ClubListParams) => ['clubs', 'list', params] as const,
  club: (id: string) => ['clubs', 'club', id] as const,
  members: (clubId: string, params: MemberListParams) => ['clubs', 'club', clubId, 'members', params] as const,
  meetings: (clubId: string, year: number) => ['clubs', 'club', clubId, 'meetings', year] as const,
  meeting: (clubId: string, id: string) => ['clubs', 'club', clubId, 'meeting', id] as const,
  documents: (clubId: string, meetingId?: string) => ['clubs', 'club', clubId, 'documents', meetingId ?? 'club'] as const,
  topics: ['club-topics'] as const,
};
