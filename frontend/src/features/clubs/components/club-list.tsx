import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryResults } from '@/components/ui/query-results';
import { Td } from '@/components/ui/table-cell';
import { useFormat } from '@/i18n/use-format';
import { useHasRole } from '@/lib/auth/get-me';
import { useListParams } from '@/lib/routing/use-list-params';
import { useClubs } from '../api/clubs';
import type { ClubSummary } from '../types';
import { ClubOverview } from './club-overview';

/**
 * The clubs the reader reaches. A coordinator has one club and goes straight to it; supervisors
 * and admins get the province overview: members, meetings held and months missed in the last
 * twelve months, and this month's meeting of every club.
 */
export function ClubList() {
  const { t } = useTranslation();
  const list = useListParams();
  const coordinator = useHasRole('club-coordinator');
  const q = list.get('q');
  const query = useClubs({ q: q || undefined, page: list.page, size: list.size });

  if (coordinator && query.data?.items.length === 1 && !q) {
    return <Navigate to={`/clubs/${query.data.items[0]!.id}`} replace />;
  }
  return (
    <>
      <PageHeader title={t('clubs.list.title')} subtitle={t('clubs.list.intro')} />
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          list.update({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim() });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="club-q">
            {t('clubs.list.search')}
          </label>
          <input id="club-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button filters__submit">
          {t('common.search')}
        </button>
      </form>
      <QueryResults query={query} list={list} empty={t('clubs.list.empty')}>
        {(items) => <ClubTable clubs={items} />}
      </QueryResults>
      {!coordinator && <ClubOverview />}
    </>
  );
}

function ClubTable({ clubs }: { clubs: ClubSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="table table--rows">
      <thead>
        <tr>
          <th scope="col">{t('clubs.list.title')}</th>
          <th scope="col">{t('clubs.list.ward')}</th>
          <th scope="col">{t('clubs.list.members')}</th>
          <th scope="col">{t('clubs.list.held')}</th>
          <th scope="col">{t('clubs.list.missed')}</th>
          <th scope="col">{t('clubs.list.thisMonth')}</th>
        </tr>
      </thead>
      <tbody>
        {clubs.map((club) => (
          <tr key={club.id} className={(club.monthsWithoutMeeting ?? 0) > 0 ? 'row--overdue' : undefined}>
            <Td label={t('clubs.list.title')}>
              <Link to={`/clubs/${club.id}`}>{club.nameVi}</Link>
            </Td>
            <Td label={t('clubs.list.ward')}>{club.placeName}</Td>
            <Td label={t('clubs.list.members')}>{club.members}</Td>
            <Td label={t('clubs.list.held')}>{club.meetingsHeld}</Td>
            <Td label={t('clubs.list.missed')}>{club.monthsWithoutMeeting}</Td>
            <Td label={t('clubs.list.thisMonth')}>
              {club.thisMonth
                ? `${format.date(club.thisMonth.meetingDate)} · ${t(`clubs.meetings.status.${club.thisMonth.status!}`)}`
                : t('clubs.list.noMeeting')}
            </Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
