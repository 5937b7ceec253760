import type { Complete } from '@/lib/enums';
import type { CashRateUnit, SupportType } from './types';

const supportTypes = [
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
] as const satisfies readonly SupportType[];
/** The supports in the law's order (a…k), then the two the project adds. */
export const SUPPORT_TYPES: Complete<SupportType, typeof supportTypes> = supportTypes;

const cashRateUnits = ['ONE_OFF', 'PER_DAY', 'PER_MONTH'] as const satisfies readonly CashRateUnit[];
export const CASH_RATE_UNITS: Complete<CashRateUnit, typeof cashRateUnits> = cashRateUnits;
