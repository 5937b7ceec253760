import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Td } from '@/components/ui/table-cell';
import { useClubOverview } from '../api/clubs';
import type { TargetGroup } from '../types';

/** The province overview: per month of a year, how many clubs met and who came; members by group. */
export function ClubOverview() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const query = useClubOverview(year);
  const thisYear = new Date().getFullYear();
  return (
    <section className="club-section" aria-labelledby="club-overview">
      <div className="section-header">
        <h2 id="club-overview">{t('clubs.overview.title')}</h2>
        <div className="field">
          <label className="field__label" htmlFor="overview-year">
            {t('clubs.meetings.year')}
          </label>
          <select id="overview-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p>{t('clubs.overview.summary', { clubs: query.data.clubs ?? 0, members: query.data.members ?? 0 })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('clubs.overview.month')}</th>
                <th scope="col">{t('clubs.overview.clubsMet')}</th>
                <th scope="col">{t('clubs.overview.meetings')}</th>
                <th scope="col">{t('clubs.overview.attendances')}</th>
              </tr>
            </thead>
            <tbody>
              {(query.data.months ?? []).map((m) => (
                <tr key={m.month} className={(m.clubsMet ?? 0) < (query.data.clubs ?? 0) ? 'row--overdue' : undefined}>
                  <Td label={t('clubs.overview.month')}>{m.month}</Td>
                  <Td label={t('clubs.overview.clubsMet')}>
                    {m.clubsMet}/{query.data.clubs}
                  </Td>
                  <Td label={t('clubs.overview.meetings')}>{m.meetingsHeld}</Td>
                  <Td label={t('clubs.overview.attendances')}>{m.attendances}</Td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('clubs.club.members')}</h3>
          <ul className="plain-list club-groups">
            {Object.entries(query.data.membersByGroup ?? {}).map(([group, count]) => (
              <li key={group}>
                <span>{t(`clubs.groups.${group as TargetGroup}`)}</span> <strong>{count}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
