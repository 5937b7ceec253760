import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useTraining } from '../api/prevention';

/** One training: its facts, who was trained by name (the organizer only) and by count. */
export function TrainingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const query = useTraining(id);
  if (query.isPending) return <Loading label={t('prevention.trainings.loading')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const training = query.data;
  const participants = training.participants ?? [];
  const counts = training.counts ?? [];
  return (
    <>
      <PageHeader
        title={training.topic}
        subtitle={`${format.date(training.startsOn)} – ${format.date(training.endsOn)} · ${training.organizerName ?? ''}`}
        actions={
          <Link className="button" to="/prevention/trainings">
            {t('common.back')}
          </Link>
        }
      />
      <p>
        {t('prevention.trainings.totals', {
          trained: training.totals?.trained ?? 0,
          attended: training.totals?.attended ?? 0,
          counted: training.totals?.counted ?? 0,
        })}
      </p>
      {training.funder && <p className="muted">{t('prevention.trainings.funder', { name: training.funder })}</p>}
      {(training.trainers ?? []).length > 0 && (
        <p className="muted">{t('prevention.trainings.trainers', { names: (training.trainers ?? []).join(', ') })}</p>
      )}
      {participants.length > 0 && (
        <section aria-labelledby="training-named">
          <h2 id="training-named">{t('prevention.trainings.named', { count: participants.length })}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('clubs.members.fields.fullName')}</th>
                <th scope="col">{t('prevention.trainings.unit')}</th>
                <th scope="col">{t('prevention.trainings.role')}</th>
                <th scope="col">{t('prevention.trainings.attendance')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id}>
                  <Td label={t('clubs.members.fields.fullName')}>{p.fullName ?? t('prevention.trainings.nameHidden')}</Td>
                  <Td label={t('prevention.trainings.unit')}>{p.organizationName}</Td>
                  <Td label={t('prevention.trainings.role')}>{t(`prevention.roles.${p.staffRole!}`)}</Td>
                  <Td label={t('prevention.trainings.attendance')}>{t(`prevention.attendance.${p.attendance!}`)}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {counts.length > 0 && (
        <section aria-labelledby="training-counted">
          <h2 id="training-counted">{t('prevention.trainings.counted')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('prevention.trainings.unit')}</th>
                <th scope="col">{t('prevention.trainings.role')}</th>
                <th scope="col">{t('prevention.trainings.count')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c, i) => (
                <tr key={i}>
                  <Td label={t('prevention.trainings.unit')}>{c.unitName ?? c.placeCode ?? c.organizationId}</Td>
                  <Td label={t('prevention.trainings.role')}>{t(`prevention.roles.${c.staffRole}`)}</Td>
                  <Td label={t('prevention.trainings.count')}>{c.count}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
