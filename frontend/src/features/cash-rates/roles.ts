import type { Role } from '@/lib/auth/roles';

/** Who may read the provinces' cash rates: those who record supports, and the admin. */
export const CASH_RATE_READER_ROLES: readonly Role[] = ['admin', 'supervisor', 'social-worker'];
/** Who may add and change cash rates. */
export const CASH_RATE_ADMIN_ROLES: readonly Role[] = ['admin'];
