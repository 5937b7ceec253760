import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useHasRole } from '@/lib/auth/get-me';
import { useDeleteService } from '../api/delete-service';
import { useService } from '../api/get-service';
import { ContactsTable } from './contacts-table';
import { DeleteButton } from './delete-button';
import { useLabels } from './use-labels';

export function ServiceDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const canManage = useHasRole('admin');
  const query = useService(id);
  const remove = useDeleteService();

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
  const none = t('common.none');
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={labels.name(service)}
        subtitle={labels.otherName(service)}
        actions={
          canManage && (
            <>
              <Link className="button" to={`/directory/services/${id}/edit`}>
                {t('common.edit')}
              </Link>
              <DeleteButton
                question={t('directory.services.deleteQuestion', { name: labels.name(service) })}
                pending={remove.isPending}
                onConfirm={() =>
                  remove.mutate(
                    { id, etag },
                    {
                      onSuccess: () =>
                        navigate('/directory/services', { state: { notice: t('directory.services.deleted') } }),
                    },
                  )
                }
              />
            </>
          )
        }
      />
      {remove.isError && <ProblemAlert error={remove.error} />}
      <section aria-labelledby="service-details">
        <h2 id="service-details">{t('common.details')}</h2>
        <dl className="facts">
          <dt>{t('directory.services.fields.organization')}</dt>
          <dd>
            {service.organizationId ? (
              <Link to={`/directory/organizations/${service.organizationId}`}>{service.organizationName}</Link>
            ) : (
              service.organizationName
            )}
          </dd>
          <dt>{t('directory.services.fields.type')}</dt>
          <dd>{labels.serviceType(service.type)}</dd>
          <dt>{t('directory.services.fields.status')}</dt>
          <dd>{labels.serviceStatus(service.status)}</dd>
          <dt>{t('directory.services.fields.nameVi')}</dt>
          <dd lang="vi">{service.nameVi}</dd>
          <dt>{t('directory.services.fields.nameEn')}</dt>
          <dd lang="en">{service.nameEn || none}</dd>
          <dt>{t('directory.services.fields.description')}</dt>
          <dd className="prewrap">{service.description || none}</dd>
          <dt>{t('directory.services.fields.eligibility')}</dt>
          <dd className="prewrap">{service.eligibility || none}</dd>
          <dt>{t('directory.services.fields.phone')}</dt>
          <dd>{service.phone ? <a href={`tel:${service.phone}`}>{service.phone}</a> : none}</dd>
          <dt>{t('directory.services.fields.email')}</dt>
          <dd>{service.email ? <a href={`mailto:${service.email}`}>{service.email}</a> : none}</dd>
          <dt>{t('directory.services.fields.languages')}</dt>
          <dd>{service.languages?.length ? service.languages.map(labels.languageName).join(', ') : none}</dd>
          <dt>{t('directory.services.fields.capacity')}</dt>
          <dd>{service.capacity ?? t('directory.services.unlimited')}</dd>
          <dt>{t('directory.services.fields.placeCode')}</dt>
          <dd>{service.placeCode || none}</dd>
          <dt>{t('directory.services.fields.updatedAt')}</dt>
          <dd>{labels.dateTime(service.updatedAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="service-contacts">
        <h2 id="service-contacts">{t('directory.services.fields.contacts')}</h2>
        <ContactsTable contacts={service.contacts} />
      </section>
    </>
  );
}
