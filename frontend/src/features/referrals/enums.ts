import type { Complete } from '@/lib/enums';
import type { FieldGroup, Outcome, ReferralDirection, ReferralStatus, ServiceType, Urgency } from './types';

const referralStatuses = [
  'DRAFT',
  'SENT',
  'ACCEPTED',
  'DECLINED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly ReferralStatus[];
export const REFERRAL_STATUSES: Complete<ReferralStatus, typeof referralStatuses> = referralStatuses;

const urgencies = ['ROUTINE', 'URGENT', 'EMERGENCY'] as const satisfies readonly Urgency[];
export const URGENCIES: Complete<Urgency, typeof urgencies> = urgencies;

const outcomes = ['SERVICE_PROVIDED', 'PARTIALLY', 'NOT_PROVIDED'] as const satisfies readonly Outcome[];
export const OUTCOMES: Complete<Outcome, typeof outcomes> = outcomes;

const fieldGroups = ['IDENTITY', 'CONTACT', 'HEALTH', 'NARRATIVE'] as const satisfies readonly FieldGroup[];
export const FIELD_GROUPS: Complete<FieldGroup, typeof fieldGroups> = fieldGroups;

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

const directions = ['incoming', 'outgoing'] as const satisfies readonly ReferralDirection[];
export const REFERRAL_DIRECTIONS: Complete<ReferralDirection, typeof directions> = directions;
