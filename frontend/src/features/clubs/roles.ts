import type { Role } from '@/lib/auth/roles';

/** Who reaches clubs: their coordinators (their own club), supervisors of their province, admins. */
export const CLUB_ROLES: readonly Role[] = ['club-coordinator', 'supervisor', 'admin'];
