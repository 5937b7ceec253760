import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';
import { OrganizationForm } from './organization-form';

/** Edits with the ETag last read; after a 412 the admin reloads and the form starts from the new version. */
export function OrganizationEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useOrganization(id);
  const update = useUpdateOrganization();

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('directory.organizations.title')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/directory/organizations">{t('common.back')}</Link>
        </p>
      </>
    );
  }
  const { data: organization, etag } = query.data;
  return (
    <>
      <PageHeader title={t('directory.organizations.editTitle', { name: organization.nameVi })} />
      <OrganizationForm
        key={etag}
        organization={organization}
        pending={update.isPending}
        error={update.error}
        cancelTo={`/directory/organizations/${id}`}
        onReload={() => {
          update.reset();
          void query.refetch();
        }}
        onSubmit={(body) =>
          update.mutate(
            { id, etag, body },
            {
              onSuccess: () =>
                navigate(`/directory/organizations/${id}`, { state: { notice: t('directory.organizations.saved') } }),
            },
          )
        }
      />
    </>
  );
}
