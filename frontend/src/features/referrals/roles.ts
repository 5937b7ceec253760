import type { Role } from '@/lib/auth/roles';

/** Who works referrals: the inbox, the outbox, a referral's page and the receiver's steps. */
export const REFERRAL_ROLES: readonly Role[] = ['social-worker', 'supervisor', 'partner'];
/** Who refers a case and takes the sender's steps (send, cancel, escalate); partners only answer. */
export const REFERRAL_SENDER_ROLES: readonly Role[] = ['social-worker', 'supervisor'];
/** Who may share beyond the person's consent in an emergency, with a reason. */
export const REFERRAL_OVERRIDE_ROLES: readonly Role[] = ['supervisor'];
