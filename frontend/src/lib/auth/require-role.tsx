import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMe } from './get-me';
import { hasAnyRole, type Role } from './roles';

/** Shows its children only to users holding one of the roles; the backend checks again. */
export function RequireRole({ anyOf, children }: { anyOf: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!hasAnyRole(me.data.roles, anyOf)) {
    return (
      <>
        <PageHeader title={t('auth.forbiddenTitle')} />
        <p>{t('auth.forbiddenBody')}</p>
      </>
    );
  }
  return <>{children}</>;
}
