import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { useClub } from '../api/clubs';
import { ClubDocuments } from './club-documents';
import type { Club, TargetGroup } from '../types';

/**
 * A club's home: this month's meeting (to record once its day has come), the months of the last
 * twelve without a meeting, members by group and the board. What the reader may do comes from the
 * club's actions: its coordinator records, an overseer reads the counts.
 */
export function ClubPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useClub(id);
  if (query.isPending) return <Loading label={t('clubs.club.loading')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const club = query.data;
  const own = club.actions?.includes('READ_MEMBERS') ?? false;
  return (
    <>
      <PageHeader
        title={club.nameVi}
        subtitle={club.placeName}
        actions={
          <>
            {own && (
              <Link className="button" to={`/clubs/${id}/members`}>
                {t('clubs.club.openMembers')}
              </Link>
            )}
            {own && (
              <Link className="button" to={`/clubs/${id}/outreach`}>
                {t('clubs.outreach.open')}
              </Link>
            )}
            {own && (
              <Link className="button" to={`/clubs/${id}/counselling`}>
                {t('clubs.counselling.open')}
              </Link>
            )}
            <Link className="button" to={`/clubs/${id}/meetings`}>
              {t('clubs.club.openMeetings')}
            </Link>
          </>
        }
      />
      <ThisMonth club={club} />
      <MissedMonths months={club.monthsWithoutMeeting ?? []} />
      <MembersByGroup club={club} />
      <Board club={club} own={own} />
      <About club={club} />
      <ClubDocuments
        clubId={id}
        kind="FOUNDING_DECISION"
        canAdd={club.actions?.includes('ADD_FOUNDING_DECISION') ?? false}
        title={t('clubs.documents.foundingDecision')}
      />
      {!own && <p className="muted">{t('clubs.club.overseerNote')}</p>}
    </>
  );
}

function ThisMonth({ club }: { club: Club }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = club.thisMonth;
  return (
    <section className="club-section" aria-labelledby="club-this-month">
      <h2 id="club-this-month">{t('clubs.club.thisMonth')}</h2>
      {!meeting ? (
        <p>{t('clubs.club.noMeetingThisMonth')}</p>
      ) : (
        <div className="club-meeting-card">
          <p>
            <strong>{format.date(meeting.meetingDate)}</strong> · {t(`clubs.meetings.status.${meeting.status!}`)}
          </p>
          {meeting.actions?.includes('RECORD_ATTENDANCE') && (
            <Link className="button button--primary button--large" to={`/clubs/${club.id}/meetings/${meeting.id}/attendance`}>
              {meeting.status === 'HELD' ? t('clubs.club.recorded') : t('clubs.club.record')}
            </Link>
          )}
        </div>
      )}
    </section>
  );
}

function MissedMonths({ months }: { months: string[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const names = months.map((m) => {
    const [year, month] = m.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, { month: 'numeric', year: 'numeric' }).format(new Date(year!, month! - 1, 1));
  });
  return months.length === 0 ? (
    <p className="muted">{t('clubs.club.noMissedMonths')}</p>
  ) : (
    <div className="alert alert--warning" role="status">
      {t('clubs.club.missedMonths', { months: names.join(', ') })}
    </div>
  );
}

function MembersByGroup({ club }: { club: Club }) {
  const { t } = useTranslation();
  const groups = Object.entries(club.membersByGroup ?? {}).filter(([, count]) => (count ?? 0) > 0);
  return (
    <section className="club-section" aria-labelledby="club-members">
      <h2 id="club-members">
        {t('clubs.club.members')} <span className="muted">({t('clubs.club.membersTotal', { count: club.members ?? 0 })})</span>
      </h2>
      <ul className="plain-list club-groups">
        {groups.map(([group, count]) => (
          <li key={group}>
            <span>{t(`clubs.groups.${group as TargetGroup}`)}</span> <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Board({ club, own }: { club: Club; own: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const board = club.board ?? [];
  return (
    <section className="club-section" aria-labelledby="club-board">
      <h2 id="club-board">
        {t('clubs.club.board')} <span className="muted">({t('clubs.club.boardSeats', { held: board.length, seats: club.boardSeats })})</span>
      </h2>
      <ul className="plain-list">
        {board.map((seat) => (
          <li key={seat.id}>
            <strong>{t(`clubs.boardRoles.${seat.role!}`)}</strong>: {seat.name ?? (own ? '' : t('clubs.club.memberSeat'))}{' '}
            <span className="muted">{t('clubs.club.since', { date: format.date(seat.from) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function About({ club }: { club: Club }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="club-section muted">
      {club.foundedPlaceName && <p>{t('clubs.club.founded', { place: club.foundedPlaceName })}</p>}
      {club.decisionNumber && (
        <p>{t('clubs.club.decision', { number: club.decisionNumber, date: format.date(club.decisionDate), issuer: club.decisionIssuer ?? '' })}</p>
      )}
      {club.sponsorName && <p>{t('clubs.club.sponsor', { name: club.sponsorName })}</p>}
    </section>
  );
}
