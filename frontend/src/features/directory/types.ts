import type { components, paths } from '@/lib/api/schema';

export type Organization = components['schemas']['Organization'];
export type OrganizationRequest = components['schemas']['OrganizationRequest'];
export type OrganizationPage = components['schemas']['OrganizationPage'];
export type Contact = components['schemas']['Contact'];
export type Service = components['schemas']['Service'];
export type ServiceRequest = components['schemas']['ServiceRequest'];
export type ServicePage = components['schemas']['ServicePage'];

// The served contract marks no response field as required: enums are taken without undefined.
export type OrganizationKind = NonNullable<Organization['kind']>;
export type OrganizationStatus = NonNullable<Organization['status']>;
export type ServiceType = NonNullable<Service['type']>;
export type ServiceStatus = NonNullable<Service['status']>;

export type OrganizationListParams = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>;
export type ServiceListParams = NonNullable<paths['/api/v1/services']['get']['parameters']['query']>;

/** A record with the ETag to send back in If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}
