import type { Role } from '@/lib/auth/roles';

/** Who logs and works hotline tickets: operators, and the social workers and supervisors who follow them up. */
export const HOTLINE_ROLES: readonly Role[] = ['hotline-operator', 'social-worker', 'supervisor'];
/** Who keeps the lines and the taxonomy. */
export const HOTLINE_ADMIN_ROLES: readonly Role[] = ['admin'];
