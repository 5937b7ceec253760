import type { Role } from '@/lib/auth/roles';

/** Who has counts of waiting work (GET /api/v1/me/counts). */
export const COUNT_ROLES: readonly Role[] = ['social-worker', 'supervisor', 'hotline-operator', 'partner'];
/** Who works cases: their own cases by deadline. */
export const CASEWORK_ROLES: readonly Role[] = ['social-worker', 'supervisor'];
