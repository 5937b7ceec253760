import type { Role } from '@/lib/auth/roles';

/** Who reads the audit trail and checks its hash chain. */
export const AUDIT_ROLES: readonly Role[] = ['admin', 'supervisor'];
