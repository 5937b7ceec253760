import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AuditLog } from '@/features/audit/components/audit-log';
import { AUDIT_ROLES } from '@/features/audit/roles';
import { CaseList } from '@/features/cases/components/case-list';
import { CasePage } from '@/features/cases/components/case-page';
import { IntakePage } from '@/features/cases/components/intake-page';
import { CASE_READER_ROLES, INTAKE_ROLES } from '@/features/cases/roles';
import { OrganizationCreate } from '@/features/directory/components/organization-create';
import { OrganizationDetail } from '@/features/directory/components/organization-detail';
import { OrganizationEdit } from '@/features/directory/components/organization-edit';
import { OrganizationList } from '@/features/directory/components/organization-list';
import { ServiceCreate } from '@/features/directory/components/service-create';
import { ServiceDetail } from '@/features/directory/components/service-detail';
import { ServiceEdit } from '@/features/directory/components/service-edit';
import { ServiceList } from '@/features/directory/components/service-list';
import { RequireRole } from '@/lib/auth/require-role';
import type { Role } from '@/lib/auth/roles';
import { useSession } from '@/lib/auth/session';
import { AppShell } from './layout/app-shell';
import { DIRECTORY_ADMIN_ROLES, DIRECTORY_ROLES } from './navigation';
import { NotFoundPage } from './routes/not-found';
import { SignInPage } from './routes/sign-in';

const guard = (roles: readonly Role[], element: ReactNode) => <RequireRole anyOf={[...roles]}>{element}</RequireRole>;

/** Every page, each behind the roles that may open it; signed-out visitors get the sign-in page. */
export function AppRoutes() {
  const session = useSession();
  if (session.status !== 'signed-in') return <SignInPage />;
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/directory/organizations" replace />} />
        <Route path="auth/callback" element={<Navigate to="/" replace />} />
        <Route path="directory">
          <Route index element={<Navigate to="/directory/organizations" replace />} />
          <Route path="organizations" element={guard(DIRECTORY_ROLES, <OrganizationList />)} />
          <Route path="organizations/new" element={guard(DIRECTORY_ADMIN_ROLES, <OrganizationCreate />)} />
          <Route path="organizations/:id" element={guard(DIRECTORY_ROLES, <OrganizationDetail />)} />
          <Route path="organizations/:id/edit" element={guard(DIRECTORY_ADMIN_ROLES, <OrganizationEdit />)} />
          <Route path="services" element={guard(DIRECTORY_ROLES, <ServiceList />)} />
          <Route path="services/new" element={guard(DIRECTORY_ADMIN_ROLES, <ServiceCreate />)} />
          <Route path="services/:id" element={guard(DIRECTORY_ROLES, <ServiceDetail />)} />
          <Route path="services/:id/edit" element={guard(DIRECTORY_ADMIN_ROLES, <ServiceEdit />)} />
        </Route>
        <Route path="cases" element={guard(CASE_READER_ROLES, <CaseList />)} />
        <Route path="cases/:id" element={guard(CASE_READER_ROLES, <CasePage />)} />
        <Route path="intakes/new" element={guard(INTAKE_ROLES, <IntakePage />)} />
        <Route path="audit" element={guard(AUDIT_ROLES, <AuditLog />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
