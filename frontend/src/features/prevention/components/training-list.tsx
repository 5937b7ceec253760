import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useListParams } from '@/lib/routing/use-list-params';
import { Notice } from '@/components/ui/notice';
import { useHasRole } from '@/lib/auth/get-me';
import { useTrainings } from '../api/prevention';
import { PREVENTION_RECORDER_ROLES } from '../roles';
import { TrainingDialog } from './training-dialog';

/** Trainings of officers, newest first, each with the number of people it trained. */
export function TrainingList() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams();
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useTrainings(year, list.page, list.size);
  const thisYear = new Date().getFullYear();
  const canRecord = useHasRole(...PREVENTION_RECORDER_ROLES);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('prevention.trainings.title')}
        subtitle={t('prevention.trainings.intro')}
        actions={
          canRecord && (
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              {t('prevention.trainings.record')}
            </button>
          )
        }
      />
      {open && (
        <TrainingDialog
          onClose={() => setOpen(false)}
          onRecorded={(topic) => {
            setOpen(false);
            setNotice(t('prevention.trainings.recorded', { topic }));
          }}
        />
      )}
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="training-year">
            {t('prevention.trainings.year')}
          </label>
          <select id="training-year" value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">{t('prevention.trainings.allYears')}</option>
            {Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryResults query={query} list={list} empty={t('prevention.trainings.empty')}>
        {(items) => (
          <table className="table table--rows">
            <thead>
              <tr>
                <th scope="col">{t('prevention.trainings.topic')}</th>
                <th scope="col">{t('prevention.trainings.dates')}</th>
                <th scope="col">{t('prevention.trainings.organizer')}</th>
                <th scope="col">{t('prevention.trainings.classes')}</th>
                <th scope="col">{t('prevention.trainings.trained')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((training) => (
                <tr key={training.id}>
                  <Td label={t('prevention.trainings.topic')}>
                    <Link to={`/prevention/trainings/${training.id}`}>{training.topic}</Link>
                  </Td>
                  <Td label={t('prevention.trainings.dates')}>
                    {format.date(training.startsOn)} – {format.date(training.endsOn)}
                  </Td>
                  <Td label={t('prevention.trainings.organizer')}>{training.organizerName}</Td>
                  <Td label={t('prevention.trainings.classes')}>{training.classes}</Td>
                  <Td label={t('prevention.trainings.trained')}>{training.totals?.trained}</Td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResults>
    </>
  );
}
