import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AUDIT_ROLES } from '@/features/audit/roles';
import { CASE_READER_ROLES, INTAKE_ROLES } from '@/features/cases/roles';
import { CASH_RATE_READER_ROLES } from '@/features/cash-rates/roles';
import { CLUB_ROLES } from '@/features/clubs/roles';
import { PLAN_ROLES, REPORT_ROLES } from '@/features/reports/roles';
import { PREVENTION_ROLES } from '@/features/prevention/roles';
import { OrganizationCreate } from '@/features/directory/components/organization-create';
import { OrganizationDetail } from '@/features/directory/components/organization-detail';
import { OrganizationEdit } from '@/features/directory/components/organization-edit';
import { OrganizationList } from '@/features/directory/components/organization-list';
import { ServiceCreate } from '@/features/directory/components/service-create';
import { ServiceDetail } from '@/features/directory/components/service-detail';
import { ServiceEdit } from '@/features/directory/components/service-edit';
import { ServiceList } from '@/features/directory/components/service-list';
import { HOTLINE_ADMIN_ROLES, HOTLINE_ROLES } from '@/features/hotline/roles';
import { REFERRAL_ROLES } from '@/features/referrals/roles';
import { SHELTER_ADMIN_ROLES, SHELTER_READER_ROLES } from '@/features/shelter/roles';
import { Loading } from '@/components/ui/loading';
import { RequireRole } from '@/lib/auth/require-role';
import { ROLES, type Role } from '@/lib/auth/roles';
import { useSession } from '@/lib/auth/session';
import { CASE_EXTRA_TABS } from './case-tabs';
import { AppShell } from './layout/app-shell';
import { DIRECTORY_ADMIN_ROLES, DIRECTORY_ROLES } from './navigation';
import { NotFoundPage } from './routes/not-found';
import { SignInPage } from './routes/sign-in';

// The case, hotline, referral, shelter, cash-rate and audit screens load on first use, so that signing in and the
// directory do not wait for them.
const AuditLog = lazy(() => import('@/features/audit/components/audit-log').then((m) => ({ default: m.AuditLog })));
const CasesRoute = lazy(() => import('@/features/cases/components/case-brief').then((m) => ({ default: m.CasesRoute })));
const CaseRoute = lazy(() => import('@/features/cases/components/case-brief').then((m) => ({ default: m.CaseRoute })));
const IntakePage = lazy(() => import('@/features/cases/components/intake-page').then((m) => ({ default: m.IntakePage })));
const CashRateList = lazy(() => import('@/features/cash-rates/components/cash-rate-list').then((m) => ({ default: m.CashRateList })));
const ReferralList = lazy(() =>
  import('@/features/referrals/components/referral-list').then((m) => ({ default: m.ReferralList })),
);
const ReferralPage = lazy(() =>
  import('@/features/referrals/components/referral-page').then((m) => ({ default: m.ReferralPage })),
);
const ClubList = lazy(() => import('@/features/clubs/components/club-list').then((m) => ({ default: m.ClubList })));
const ClubPage = lazy(() => import('@/features/clubs/components/club-page').then((m) => ({ default: m.ClubPage })));
const MemberList = lazy(() => import('@/features/clubs/components/member-list').then((m) => ({ default: m.MemberList })));
const MeetingCalendar = lazy(() =>
  import('@/features/clubs/components/meeting-calendar').then((m) => ({ default: m.MeetingCalendar })),
);
const AttendancePage = lazy(() =>
  import('@/features/clubs/components/attendance-page').then((m) => ({ default: m.AttendancePage })),
);
const OutreachLog = lazy(() => import('@/features/clubs/components/outreach-log').then((m) => ({ default: m.OutreachLog })));
const CounsellingList = lazy(() =>
  import('@/features/clubs/components/counselling-list').then((m) => ({ default: m.CounsellingList })),
);
const TrainingList = lazy(() =>
  import('@/features/prevention/components/training-list').then((m) => ({ default: m.TrainingList })),
);
const TrainingPage = lazy(() =>
  import('@/features/prevention/components/training-page').then((m) => ({ default: m.TrainingPage })),
);
const CampaignList = lazy(() =>
  import('@/features/prevention/components/campaign-list').then((m) => ({ default: m.CampaignList })),
);
const HotlineConsole = lazy(() =>
  import('@/features/hotline/components/hotline-console').then((m) => ({ default: m.HotlineConsole })),
);
const TicketList = lazy(() => import('@/features/hotline/components/ticket-list').then((m) => ({ default: m.TicketList })));
const CallForm = lazy(() => import('@/features/hotline/components/call-form').then((m) => ({ default: m.CallForm })));
const TicketPage = lazy(() => import('@/features/hotline/components/ticket-page').then((m) => ({ default: m.TicketPage })));
const TicketEditPage = lazy(() => import('@/features/hotline/components/ticket-page').then((m) => ({ default: m.TicketEditPage })));
const HotlineReferenceAdmin = lazy(() =>
  import('@/features/hotline/components/hotline-reference-admin').then((m) => ({ default: m.HotlineReferenceAdmin })),
);
const HotlineIntake = lazy(() => import('./hotline-intake').then((m) => ({ default: m.HotlineIntake })));
const ReportExplorer = lazy(() =>
  import('@/features/reports/components/report-explorer').then((m) => ({ default: m.ReportExplorer })),
);
const PlanDashboard = lazy(() =>
  import('@/features/reports/components/plan-dashboard').then((m) => ({ default: m.PlanDashboard })),
);
const ReferralIntake = lazy(() => import('./referral-intake').then((m) => ({ default: m.ReferralIntake })));
const RoomList = lazy(() => import('@/features/shelter/components/room-list').then((m) => ({ default: m.RoomList })));
const ShelterBoard = lazy(() => import('@/features/shelter/components/shelter-board').then((m) => ({ default: m.ShelterBoard })));
const StayHistory = lazy(() => import('@/features/shelter/components/stay-history').then((m) => ({ default: m.StayHistory })));

const HomePage = lazy(() => import('@/features/home/components/home-page').then((m) => ({ default: m.HomePage })));

/** The directory's start: its list of organizations. */
function DirectoryLanding() {
  return <Navigate to="/directory/organizations" replace />;
}

const guard = (roles: readonly Role[], element: ReactNode) => (
  <RequireRole anyOf={[...roles]}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireRole>
);

/** Every page, each behind the roles that may open it; signed-out visitors get the sign-in page. */
export function AppRoutes() {
  const session = useSession();
  if (session.status !== 'signed-in') return <SignInPage />;
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={guard(ROLES, <HomePage />)} />
        <Route path="auth/callback" element={<Navigate to="/" replace />} />
        <Route path="directory">
          <Route index element={<DirectoryLanding />} />
          <Route path="organizations" element={guard(DIRECTORY_ROLES, <OrganizationList />)} />
          <Route path="organizations/new" element={guard(DIRECTORY_ADMIN_ROLES, <OrganizationCreate />)} />
          <Route path="organizations/:id" element={guard(DIRECTORY_ROLES, <OrganizationDetail />)} />
          <Route path="organizations/:id/edit" element={guard(DIRECTORY_ADMIN_ROLES, <OrganizationEdit />)} />
          <Route path="services" element={guard(DIRECTORY_ROLES, <ServiceList />)} />
          <Route path="services/new" element={guard(DIRECTORY_ADMIN_ROLES, <ServiceCreate />)} />
          <Route path="services/:id" element={guard(DIRECTORY_ROLES, <ServiceDetail />)} />
          <Route path="services/:id/edit" element={guard(DIRECTORY_ADMIN_ROLES, <ServiceEdit />)} />
        </Route>
        <Route path="cases" element={guard(CASE_READER_ROLES, <CasesRoute />)} />
        <Route path="cases/:id" element={guard(CASE_READER_ROLES, <CaseRoute extraTabs={CASE_EXTRA_TABS} />)} />
        <Route path="intakes/new" element={guard(INTAKE_ROLES, <IntakePage />)} />
        <Route path="hotline" element={guard(HOTLINE_ROLES, <HotlineConsole />)} />
        <Route path="hotline/reference" element={guard(HOTLINE_ADMIN_ROLES, <HotlineReferenceAdmin />)} />
        <Route path="hotline/tickets" element={guard(HOTLINE_ROLES, <TicketList />)} />
        <Route path="hotline/tickets/new" element={guard(HOTLINE_ROLES, <CallForm key="new" />)} />
        <Route path="hotline/tickets/:id" element={guard(HOTLINE_ROLES, <TicketPage />)} />
        <Route path="hotline/tickets/:id/edit" element={guard(HOTLINE_ROLES, <TicketEditPage />)} />
        <Route path="hotline/tickets/:id/intake" element={guard(INTAKE_ROLES, <HotlineIntake />)} />
        <Route path="referrals" element={guard(REFERRAL_ROLES, <ReferralList />)} />
        <Route path="referrals/:id" element={guard(REFERRAL_ROLES, <ReferralPage />)} />
        <Route path="referrals/:id/intake" element={guard(INTAKE_ROLES, <ReferralIntake />)} />
        <Route path="shelter" element={guard(SHELTER_READER_ROLES, <ShelterBoard />)} />
        <Route path="shelter/rooms" element={guard(SHELTER_ADMIN_ROLES, <RoomList />)} />
        <Route path="shelter/stays" element={guard(SHELTER_READER_ROLES, <StayHistory />)} />
        <Route path="reports" element={guard(REPORT_ROLES, <ReportExplorer />)} />
        <Route path="plans" element={guard(PLAN_ROLES, <PlanDashboard />)} />
        <Route path="clubs" element={guard(CLUB_ROLES, <ClubList />)} />
        <Route path="clubs/:id" element={guard(CLUB_ROLES, <ClubPage />)} />
        <Route path="clubs/:id/members" element={guard(CLUB_ROLES, <MemberList />)} />
        <Route path="clubs/:id/outreach" element={guard(CLUB_ROLES, <OutreachLog />)} />
        <Route path="clubs/:id/counselling" element={guard(CLUB_ROLES, <CounsellingList />)} />
        <Route path="clubs/:id/meetings" element={guard(CLUB_ROLES, <MeetingCalendar />)} />
        <Route path="clubs/:id/meetings/:meetingId/attendance" element={guard(CLUB_ROLES, <AttendancePage />)} />
        <Route path="prevention/trainings" element={guard(PREVENTION_ROLES, <TrainingList />)} />
        <Route path="prevention/trainings/:id" element={guard(PREVENTION_ROLES, <TrainingPage />)} />
        <Route path="prevention/campaigns" element={guard(PREVENTION_ROLES, <CampaignList />)} />
        <Route path="audit" element={guard(AUDIT_ROLES, <AuditLog />)} />
        <Route path="cash-rates" element={guard(CASH_RATE_READER_ROLES, <CashRateList />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
