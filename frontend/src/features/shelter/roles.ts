import type { Role } from '@/lib/auth/roles';

/** Who may see the occupancy board and the stays: those who work cases (the board tells who stays in which room). */
export const SHELTER_READER_ROLES: readonly Role[] = ['social-worker', 'supervisor'];
/** Who checks persons in and out. */
export const SHELTER_WORKER_ROLES: readonly Role[] = ['social-worker', 'supervisor'];
/** Who adds, changes and closes rooms. */
export const SHELTER_ADMIN_ROLES: readonly Role[] = ['supervisor'];
