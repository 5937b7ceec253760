import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useHasRole } from '@/lib/auth/get-me';
import { useDeleteOrganization } from '../api/delete-organization';
import { useOrganization } from '../api/get-organization';
import { useServices } from '../api/get-services';
import { ContactsTable } from './contacts-table';
import { DeleteButton } from './delete-button';
import { useLabels } from './use-labels';

/** One organization: its fields, hotlines, contacts and services; edit and delete for admins. */
export function OrganizationDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const canManage = useHasRole('admin');
  const query = useOrganization(id);
  const services = useServices({ organizationId: id, size: 200, sort: 'nameVi,asc' }, { enabled: query.isSuccess });
  const remove = useDeleteOrganization();

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
  const none = t('common.none');
  const f = (key: keyof typeof fieldKeys) => t(fieldKeys[key]);

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={labels.name(organization)}
        subtitle={labels.otherName(organization)}
        actions={
          canManage && (
            <>
              <Link className="button" to={`/directory/organizations/${id}/edit`}>
                {t('common.edit')}
              </Link>
              <DeleteButton
                question={t('directory.organizations.deleteQuestion', { name: labels.name(organization) })}
                pending={remove.isPending}
                onConfirm={() =>
                  remove.mutate(
                    { id, etag },
                    {
                      onSuccess: () =>
                        navigate('/directory/organizations', { state: { notice: t('directory.organizations.deleted') } }),
                    },
                  )
                }
              />
            </>
          )
        }
      />
      {remove.isError && <ProblemAlert error={remove.error} />}

      <section aria-labelledby="organization-details">
        <h2 id="organization-details">{t('common.details')}</h2>
        <dl className="facts">
          <dt>{f('kind')}</dt>
          <dd>{labels.kind(organization.kind)}</dd>
          <dt>{f('status')}</dt>
          <dd>{labels.organizationStatus(organization.status)}</dd>
          <dt>{f('nameVi')}</dt>
          <dd lang="vi">{organization.nameVi}</dd>
          <dt>{f('nameEn')}</dt>
          <dd lang="en">{organization.nameEn || none}</dd>
          <dt>{f('description')}</dt>
          <dd className="prewrap">{organization.description || none}</dd>
          <dt>{f('placeCode')}</dt>
          <dd>{organization.placeCode || none}</dd>
          <dt>{f('address')}</dt>
          <dd>{organization.address || none}</dd>
          <dt>{f('postalCode')}</dt>
          <dd>{organization.postalCode || none}</dd>
          <dt>{f('phone')}</dt>
          <dd>{organization.phone ? <a href={`tel:${organization.phone}`}>{organization.phone}</a> : none}</dd>
          <dt>{f('email')}</dt>
          <dd>{organization.email ? <a href={`mailto:${organization.email}`}>{organization.email}</a> : none}</dd>
          <dt>{f('website')}</dt>
          <dd>
            {organization.website ? (
              <a href={organization.website} target="_blank" rel="noreferrer noopener">
                {organization.website}
              </a>
            ) : (
              none
            )}
          </dd>
          <dt>{f('updatedAt')}</dt>
          <dd>{labels.dateTime(organization.updatedAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="organization-hotlines">
        <h2 id="organization-hotlines">{f('hotlines')}</h2>
        {organization.hotlines?.length ? (
          <ul className="plain-list">
            {organization.hotlines.map((hotline) => (
              <li key={hotline}>
                <a href={`tel:${hotline}`}>{hotline}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('directory.organizations.noHotlines')}</p>
        )}
      </section>

      <section aria-labelledby="organization-contacts">
        <h2 id="organization-contacts">{f('contacts')}</h2>
        <ContactsTable contacts={organization.contacts} />
      </section>

      <section aria-labelledby="organization-services">
        <div className="section-header">
          <h2 id="organization-services">{t('directory.organizations.services')}</h2>
          {canManage && (
            <Link className="button button--small" to={`/directory/services/new?organizationId=${id}`}>
              {t('directory.organizations.addService')}
            </Link>
          )}
        </div>
        {services.isPending ? (
          <Loading label={t('common.loadingList')} />
        ) : services.isError ? (
          <ProblemAlert error={services.error} onRetry={() => void services.refetch()} />
        ) : services.data.items.length === 0 ? (
          <EmptyState>{t('directory.organizations.noServices')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {services.data.items.map((service) => (
              <li key={service.id}>
                <Link to={`/directory/services/${service.id}`}>{labels.name(service)}</Link>{' '}
                <span className="secondary-inline">
                  {labels.serviceType(service.type)} · {labels.serviceStatus(service.status)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const fieldKeys = {
  kind: 'directory.organizations.fields.kind',
  status: 'directory.organizations.fields.status',
  nameVi: 'directory.organizations.fields.nameVi',
  nameEn: 'directory.organizations.fields.nameEn',
  placeCode: 'directory.organizations.fields.placeCode',
  address: 'directory.organizations.fields.address',
  postalCode: 'directory.organizations.fields.postalCode',
  description: 'directory.organizations.fields.description',
  phone: 'directory.organizations.fields.phone',
  email: 'directory.organizations.fields.email',
  website: 'directory.organizations.fields.website',
  updatedAt: 'directory.organizations.fields.updatedAt',
  hotlines: 'directory.organizations.fields.hotlines',
  contacts: 'directory.organizations.fields.contacts',
} as const;
