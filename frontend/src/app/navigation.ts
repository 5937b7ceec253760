import type { ParseKeys } from 'i18next';
import { AUDIT_ROLES } from '@/features/audit/roles';
import { CASE_READER_ROLES, INTAKE_ROLES } from '@/features/cases/roles';
import { CASH_RATE_READER_ROLES } from '@/features/cash-rates/roles';
import { CLUB_ROLES } from '@/features/clubs/roles';
import { PREVENTION_ROLES } from '@/features/prevention/roles';
import { HOTLINE_ADMIN_ROLES, HOTLINE_ROLES } from '@/features/hotline/roles';
import { REFERRAL_ROLES } from '@/features/referrals/roles';
import { PLAN_ROLES, REPORT_ROLES } from '@/features/reports/roles';
import { SHELTER_READER_ROLES } from '@/features/shelter/roles';
import { ROLES, type Role } from '@/lib/auth/roles';

export interface NavItem {
  to: string;
  label: ParseKeys;
  roles: readonly Role[];
  /** The count of waiting work shown beside the item (GET /api/v1/me/counts), when there is one. */
  badge?: 'newReferrals' | 'emergencyTickets' | 'overdueVerifications';
}

export interface NavSection {
  label: ParseKeys;
  items: NavItem[];
}

/** Who sees the directory: every signed-in role. */
export const DIRECTORY_ROLES: readonly Role[] = ROLES;
export const DIRECTORY_ADMIN_ROLES: readonly Role[] = ['admin'];

/** The navigation; each section and item shows only to the roles it names. */
export const NAVIGATION: NavSection[] = [
  {
    label: 'nav.cases',
    items: [
      { to: '/cases', label: 'nav.caseList', roles: CASE_READER_ROLES, badge: 'overdueVerifications' },
      { to: '/intakes/new', label: 'nav.newIntake', roles: INTAKE_ROLES },
      { to: '/shelter', label: 'shelter.nav', roles: SHELTER_READER_ROLES },
    ],
  },
  {
    label: 'hotline.nav.section',
    items: [
      { to: '/hotline', label: 'hotline.nav.console', roles: HOTLINE_ROLES, badge: 'emergencyTickets' },
      { to: '/hotline/tickets', label: 'hotline.nav.list', roles: HOTLINE_ROLES },
      { to: '/hotline/tickets/new', label: 'hotline.nav.newCall', roles: HOTLINE_ROLES },
      { to: '/hotline/reference', label: 'hotline.admin.nav', roles: HOTLINE_ADMIN_ROLES },
    ],
  },
  {
    label: 'referrals.nav.section',
    items: [{ to: '/referrals', label: 'referrals.nav.list', roles: REFERRAL_ROLES, badge: 'newReferrals' }],
  },
  {
    label: 'clubs.nav.section',
    items: [
      { to: '/clubs', label: 'clubs.nav.clubs', roles: CLUB_ROLES },
      { to: '/prevention/trainings', label: 'prevention.nav.trainings', roles: PREVENTION_ROLES },
      { to: '/prevention/campaigns', label: 'prevention.nav.campaigns', roles: PREVENTION_ROLES },
    ],
  },
  {
    label: 'nav.directory',
    items: [
      { to: '/directory/organizations', label: 'nav.organizations', roles: DIRECTORY_ROLES },
      { to: '/directory/services', label: 'nav.services', roles: DIRECTORY_ROLES },
    ],
  },
  {
    label: 'nav.oversight',
    items: [
      { to: '/plans', label: 'plans.nav', roles: PLAN_ROLES },
      { to: '/reports', label: 'reports.nav', roles: REPORT_ROLES },
      { to: '/audit', label: 'nav.audit', roles: AUDIT_ROLES },
      { to: '/cash-rates', label: 'support.cashRates.nav', roles: CASH_RATE_READER_ROLES },
    ],
  },
];

/** The item a path belongs to: the one whose address is the longest start of it, so that one item only is current. */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .reduce<NavItem | undefined>((best, item) => (!best || item.to.length > best.to.length ? item : best), undefined);
}
