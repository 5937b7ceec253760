import type { Complete } from '@/lib/enums';
import type { OrganizationKind, OrganizationStatus, ServiceStatus, ServiceType } from './types';

const organizationKinds = [
  'STATE_AGENCY',
  'POLICE',
  'BORDER_GUARD',
  'SOCIAL_WORK_CENTRE',
  'SHELTER',
  'CHILD_PROTECTION_FACILITY',
  'MASS_ORGANIZATION',
  'PEOPLES_COMMITTEE',
  'NGO',
  'INTERNATIONAL_ORGANIZATION',
  'CLUB',
  'OTHER',
] as const satisfies readonly OrganizationKind[];
export const ORGANIZATION_KINDS: Complete<OrganizationKind, typeof organizationKinds> = organizationKinds;

const organizationStatuses = ['ACTIVE', 'INACTIVE'] as const satisfies readonly OrganizationStatus[];
export const ORGANIZATION_STATUSES: Complete<OrganizationStatus, typeof organizationStatuses> = organizationStatuses;

const serviceTypes = [
  'ESSENTIAL_NEEDS',
  'MEDICAL',
  'INTERPRETATION',
  'LEGAL_INFORMATION',
  'LEGAL_AID',
  'TRAVEL',
  'PSYCHOLOGICAL',
  'SCHOOLING',
  'VOCATIONAL_AND_JOB',
  'INITIAL_HARDSHIP_ALLOWANCE',
  'LOAN',
  'HEALTH_INSURANCE',
  'SHELTER_STAY',
  'COUNSELLING',
  'HOTLINE',
] as const satisfies readonly ServiceType[];
export const SERVICE_TYPES: Complete<ServiceType, typeof serviceTypes> = serviceTypes;

const serviceStatuses = ['ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED'] as const satisfies readonly ServiceStatus[];
export const SERVICE_STATUSES: Complete<ServiceStatus, typeof serviceStatuses> = serviceStatuses;
