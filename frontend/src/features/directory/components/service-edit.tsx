import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useService } from '../api/get-service';
import { useUpdateService } from '../api/update-service';
import { ServiceForm } from './service-form';

export function ServiceEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useService(id);
  const update = useUpdateService();

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('directory.services.title')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/directory/services">{t('common.back')}</Link>
        </p>
      </>
    );
  }
  const { data: service, etag } = query.data;
  return (
    <>
      <PageHeader title={t('directory.services.editTitle', { name: service.nameVi })} />
      <ServiceForm
        key={etag}
        service={service}
        pending={update.isPending}
        error={update.error}
        cancelTo={`/directory/services/${id}`}
        onReload={() => {
          update.reset();
          void query.refetch();
        }}
        onSubmit={(body) =>
          update.mutate(
            { id, etag, body },
            { onSuccess: () => navigate(`/directory/services/${id}`, { state: { notice: t('directory.services.saved') } }) },
          )
        }
      />
    </>
  );
}
