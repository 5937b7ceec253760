import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { ChoiceGroup, TextField } from '@/components/ui/form-fields';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { useClub, useMeetingTopics } from '../api/clubs';
import { useMeetings, usePlanMeeting, usePlanSeries } from '../api/meetings';
import type { Meeting } from '../types';

/**
 * A club's meetings of one year, month by month, so that a month without a meeting stands out;
 * the club's coordinator plans one meeting or a monthly series and records each from here.
 */
export function MeetingCalendar() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const club = useClub(id);
  const query = useMeetings(id, year);
  const [dialog, setDialog] = useState<'one' | 'series' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canPlan = club.data?.actions?.includes('PLAN_MEETINGS') ?? false;
  const byMonth = new Map<number, Meeting[]>();
  for (const meeting of query.data?.items ?? []) {
    const month = Number(meeting.meetingDate!.slice(5, 7));
    byMonth.set(month, [...(byMonth.get(month) ?? []), meeting]);
  }

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('clubs.meetings.title')}
        subtitle={club.data?.nameVi}
        actions={
          <>
            {canPlan && (
              <>
                <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setDialog('one')}>
                  {t('clubs.meetings.plan')}
                </button>
                <button type="button" className="button" aria-haspopup="dialog" onClick={() => setDialog('series')}>
                  {t('clubs.meetings.planSeries')}
                </button>
              </>
            )}
            <Link className="button" to={`/clubs/${id}`}>
              {t('common.back')}
            </Link>
          </>
        }
      />
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="meeting-year">
            {t('clubs.meetings.year')}
          </label>
          <select id="meeting-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.isPending ? (
        <Loading label={t('clubs.meetings.loading')} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ol className="meeting-calendar" aria-busy={query.isFetching}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
            <MonthCell key={month} clubId={id} month={month} meetings={byMonth.get(month) ?? []} />
          ))}
        </ol>
      )}
      {dialog && (
        <PlanDialog
          clubId={id}
          series={dialog === 'series'}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </>
  );
}

function MonthCell({ clubId, month, meetings }: { clubId: string; month: number; meetings: Meeting[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const held = meetings.some((m) => m.status === 'HELD');
  return (
    <li className={held ? 'meeting-month meeting-month--held' : 'meeting-month'}>
      <h2 className="meeting-month__title">{t('clubs.meetings.month', { month })}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('clubs.meetings.none')}</p>
      ) : (
        meetings.map((m) => (
          <div key={m.id} className="meeting-month__meeting">
            <span>{format.date(m.meetingDate)}</span>{' '}
            <span className={`badge badge--meeting-${m.status!.toLowerCase()}`}>{t(`clubs.meetings.status.${m.status!}`)}</span>
            {m.status === 'HELD' && (
              <p className="muted">
                {t('clubs.meetings.attended', {
                  present: (m.attendance?.present ?? 0) + (m.attendance?.late ?? 0),
                  guests: m.guestsTotal ?? 0,
                })}
              </p>
            )}
            {m.actions?.includes('RECORD_ATTENDANCE') && (
              <Link className="button button--small" to={`/clubs/${clubId}/meetings/${m.id}/attendance`}>
                {t('clubs.club.record')}
              </Link>
            )}
          </div>
        ))
      )}
    </li>
  );
}

function PlanDialog({ clubId, series, onClose, onDone }: { clubId: string; series: boolean; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const topics = useMeetingTopics();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const one = usePlanMeeting(clubId);
  const many = usePlanSeries(clubId);
  const now = new Date();
  const [date, setDate] = useState('');
  const [firstMonth, setFirstMonth] = useState(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  const [months, setMonths] = useState('12');
  const [day, setDay] = useState('1');
  const [place, setPlace] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const pending = one.isPending || many.isPending;
  const error = series ? many.error : one.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (series) {
      many.mutate(
        { firstMonth, months: Number(months), dayOfMonth: Number(day), place: place || undefined, topics: chosen },
        { onSuccess: (planned) => onDone(t('clubs.meetings.seriesPlanned', { count: planned.length })) },
      );
    } else {
      one.mutate(
        { meetingDate: date, place: place || undefined, topics: chosen },
        { onSuccess: (m) => onDone(t('clubs.meetings.planned', { date: format.date(m.meetingDate) })) },
      );
    }
  };
  const label = (field: 'meetingDate' | 'place' | 'topics' | 'firstMonth' | 'months' | 'dayOfMonth') => t(`clubs.meetings.fields.${field}`);

  return (
    <Dialog title={series ? t('clubs.meetings.planSeries') : t('clubs.meetings.plan')} onClose={onClose}>
      <form className="form" noValidate aria-busy={pending} onSubmit={submit}>
        {error && <ProblemAlert error={error} />}
        {series ? (
          <>
            <TextField id="series-first" label={label('firstMonth')} type="month" required value={firstMonth} onChange={(e) => setFirstMonth(e.target.value)} />
            <TextField id="series-months" label={label('months')} inputMode="numeric" required value={months} onChange={(e) => setMonths(e.target.value)} />
            <TextField id="series-day" label={label('dayOfMonth')} inputMode="numeric" required value={day} onChange={(e) => setDay(e.target.value)} />
          </>
        ) : (
          <TextField id="meeting-date" label={label('meetingDate')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        )}
        <TextField id="meeting-place" label={label('place')} maxLength={300} value={place} onChange={(e) => setPlace(e.target.value)} />
        <ChoiceGroup
          id="meeting-topics"
          legend={label('topics')}
          type="checkbox"
          options={(topics.data ?? []).map((topic) => ({ value: topic.code!, label: english ? topic.nameEn : topic.nameVi }))}
          value={chosen}
          onChange={setChosen}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
