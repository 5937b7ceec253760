import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useCreateService } from '../api/create-service';
import { ServiceForm } from './service-form';

export function ServiceCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organizationId = params.get('organizationId') ?? undefined;
  const create = useCreateService();
  return (
    <>
      <PageHeader title={t('directory.services.newTitle')} />
      <ServiceForm
        organizationId={organizationId}
        pending={create.isPending}
        error={create.error}
        cancelTo={organizationId ? `/directory/organizations/${organizationId}` : '/directory/services'}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: ({ data }) =>
              navigate(`/directory/services/${data.id}`, { state: { notice: t('directory.services.created') } }),
          })
        }
      />
    </>
  );
}
