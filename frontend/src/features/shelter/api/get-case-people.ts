import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-client-context';
import { dataOf, type ApiClient } from '@/lib/api/client';
import type { CaseDetail } from '../types';
import { shelterKeys } from './query-keys';

/** Someone a check-in may be for: the person of the case or an accompanying child. */
export interface CasePerson {
  id: string;
  fullName: string;
  child: boolean;
}

/** The persons of a case who may check in: its person, then the accompanying children. */
export function peopleOf(view: CaseDetail): CasePerson[] {
  const person = view.person?.id ? [{ id: view.person.id, fullName: view.person.fullName ?? '', child: false }] : [];
  const children = (view.accompanyingChildren ?? []).flatMap((c) =>
    c.id ? [{ id: c.id, fullName: c.fullName ?? '', child: true }] : [],
  );
  return [...person, ...children];
}

export async function getCasePeople(client: ApiClient, caseId: string, signal?: AbortSignal): Promise<CasePerson[]> {
  return peopleOf(dataOf(await client.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } }, signal })));
}

export function getCasePeopleQueryOptions(client: ApiClient, caseId: string) {
  return queryOptions({
    queryKey: shelterKeys.casePeople(caseId),
    queryFn: ({ signal }) => getCasePeople(client, caseId, signal),
  });
}

/** The case's persons once a case is picked. */
export function useCasePeople(caseId: string) {
  return useQuery({ ...getCasePeopleQueryOptions(useApiClient(), caseId), enabled: caseId !== '' });
}
