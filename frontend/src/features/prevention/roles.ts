import type { Role } from '@/lib/auth/roles';

/** Who reads trainings and campaigns: the organizer's supervisors and social workers, admins and analysts (as counts). */
export const PREVENTION_ROLES: readonly Role[] = ['supervisor', 'social-worker', 'admin', 'analyst'];
/** Who records them, for their own organization. */
export const PREVENTION_RECORDER_ROLES: readonly Role[] = ['supervisor', 'social-worker'];
