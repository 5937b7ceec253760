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

