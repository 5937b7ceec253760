import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from './api-client-context';
import { dataOf, type ApiClient } from './client';

/** An organization as pickers and labels need it. */
export interface OrganizationOption {
  id: string;
  nameVi: string;
  nameEn?: string;
  kind?: string;
}

/** The first 200 organizations by name: enough for a province's pickers and for naming ids. */
export async function getOrganizationOptions(client: ApiClient, signal?: AbortSignal): Promise<OrganizationOption[]> {
  const body = dataOf(
    await client.GET('/api/v1/organizations', { params: { query: { size: 200, sort: 'nameVi,asc' } }, signal }),
  );
  return (body.items ?? []).flatMap((o) => (o.id ? [{ id: o.id, nameVi: o.nameVi ?? o.id, nameEn: o.nameEn, kind: o.kind }] : []));
}

export function getOrganizationOptionsQueryOptions(client: ApiClient) {
  return queryOptions({
    // Under ['organizations'], so the directory's changes refresh it too.
    queryKey: ['organizations', 'options'],
    queryFn: ({ signal }) => getOrganizationOptions(client, signal),
    staleTime: 5 * 60_000,
  });
}

export function useOrganizationOptions(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getOrganizationOptionsQueryOptions(useApiClient()), enabled: options.enabled });
}

/** The name of an organization in the reader's language, or its id while unknown. */
export function useOrganizationName(): (id: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const query = useOrganizationOptions();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return (id) => {
    if (!id) return '';
    const found = query.data?.find((o) => o.id === id);
    if (!found) return id;
    return english && found.nameEn ? found.nameEn : found.nameVi;
  };
}
