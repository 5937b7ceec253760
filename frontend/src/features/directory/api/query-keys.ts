import type { OrganizationListParams, ServiceListParams } from '../types';

/** Query keys of the directory, so that a change invalidates every list and detail it touches. */
export const directoryKeys = {
  organizations: ['organizations'] as const,
  organizationList: (params: OrganizationListParams) => ['organizations', 'list', params] as const,
  organization: (id: string) => ['organizations', 'detail', id] as const,
  services: ['services'] as const,
  serviceList: (params: ServiceListParams) => ['services', 'list', params] as const,
  service: (id: string) => ['services', 'detail', id] as const,
};

/** Drops empty filters so that the address and the cache key stay the same for the same list. */
export function withoutEmpty<T extends object>(params: T): T {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T;
}
