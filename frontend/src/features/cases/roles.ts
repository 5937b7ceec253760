import type { Role } from '@/lib/auth/roles';

/** Who may open a case's page: those who work cases see it whole, hotline operators its brief only. */
export const CASE_READER_ROLES: readonly Role[] = ['social-worker', 'supervisor', 'hotline-operator'];
/** Who may record an intake. */
export const INTAKE_ROLES: readonly Role[] = ['social-worker', 'supervisor', 'hotline-operator'];
/** Who works a case: the whole record, transitions, notes, consents, its timeline. */
export const CASE_WORKER_ROLES: readonly Role[] = ['social-worker', 'supervisor'];
/** Who may close, reopen and assign. */
export const CASE_SUPERVISOR_ROLES: readonly Role[] = ['supervisor'];
