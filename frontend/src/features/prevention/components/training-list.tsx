import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useListParams } from '@/lib/routing/use-list-params';
import { useTrainings } from '../api/prevention';

/** Trainings of officers, newest first, each with the number of people it trained. */
export function TrainingList() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams();
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useTrainings(year, list.page, list.size);
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader title={t('prevention.trainings.title')} subtitle={t('prevention.trainings.intro')} />
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
          <table className="table">
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
