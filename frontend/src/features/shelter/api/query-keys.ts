import type { CaseSearchParams, RoomListParams, StayListParams } from '../types';

/** Query keys of the shelter, so that a check-in, a check-out or a room change refreshes the board and every list. */
export const shelterKeys = {
  all: ['shelter'] as const,
  occupancy: ['shelter', 'occupancy'] as const,
  rooms: (params: RoomListParams) => ['shelter', 'rooms', params] as const,
  stays: (params: StayListParams) => ['shelter', 'stays', params] as const,
  /** Not under `all`: a check-in changes no case, so the search need not run again. */
  caseSearch: (params: CaseSearchParams) => ['shelter-cases', 'search', params] as const,
  casePeople: (caseId: string) => ['shelter-cases', 'people', caseId] as const,
};
