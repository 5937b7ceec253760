import type { Role } from '@/lib/auth/roles';

/** Who reads reports: analysts (every organization, small cells withheld), supervisors, social workers and club coordinators (their own). */
export const REPORT_ROLES: readonly Role[] = ['analyst', 'supervisor', 'social-worker', 'club-coordinator'];

/** Who reads plans and their progress: an organization's supervisors and social workers (its own plans), analysts (every plan). */
export const PLAN_ROLES: readonly Role[] = ['analyst', 'supervisor', 'social-worker'];
