/** Realm roles (DOMAIN.md); a user may hold several. */
export const ROLES = [
  'admin',
  'supervisor',
  'social-worker',
  'hotline-operator',
  'partner',
  'analyst',
  'club-coordinator',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(roles: readonly string[] | undefined, allowed: readonly Role[]): boolean {
  return !!roles && roles.some((role) => (allowed as readonly string[]).includes(role));
}
