import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useCreateOrganization } from '../api/create-organization';
import { OrganizationForm } from './organization-form';

export function OrganizationCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <>
      <PageHeader title={t('directory.organizations.newTitle')} />
      <OrganizationForm
        pending={create.isPending}
        error={create.error}
        cancelTo="/directory/organizations"
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: ({ data }) =>
              navigate(`/directory/organizations/${data.id}`, { state: { notice: t('directory.organizations.created') } }),
          })
        }
      />
    </>
  );
}
