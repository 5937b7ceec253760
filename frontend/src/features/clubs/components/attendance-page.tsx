import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { useMeeting, useSaveAttendance } from '../api/meetings';
import type { AttendanceStatus, GuestCount, Meeting, Sex, TargetGroup } from '../types';
import { ClubDocuments } from './club-documents';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'];
const GUEST_SEXES: Sex[] = ['FEMALE', 'MALE'];
const GUEST_GROUPS: TargetGroup[] = ['AT_RISK', 'PROSPECTIVE_MIGRANT_WORKER', 'RELATIVE_OF_VICTIM', 'OTHER'];

/** The next status when a member's row is tapped: present, late, excused, absent, present again. */
export function nextStatus(status: AttendanceStatus): AttendanceStatus {
  return STATUSES[(STATUSES.indexOf(status) + 1) % STATUSES.length]!;
}

/**
 * Recording a meeting on a phone: one row per member, tapped to change how they took part (all
 * present to start with), guests counted by sex and group, and one save for the whole meeting.
 */
export function AttendancePage() {
  const { id = '', meetingId = '' } = useParams();
  const { t } = useTranslation();
  const query = useMeeting(id, meetingId);
  if (query.isPending) return <Loading label={t('clubs.attendance.loading')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by the meeting, not its version: after a save the meeting is read again (new version),
  // and the form keeps what was entered and says it was saved.
  return <AttendanceForm key={query.data.id} clubId={id} meeting={query.data} />;
}

function guestKey(sex: Sex, group: TargetGroup) {
  return `${sex}/${group}`;
}

function AttendanceForm({ clubId, meeting }: { clubId: string; meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveAttendance(clubId);
  const roster = meeting.members ?? [];
  const [statuses, setStatuses] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(roster.map((m) => [m.memberId!, m.status ?? 'PRESENT'])),
  );
  const [guests, setGuests] = useState<Record<string, number>>(() =>
    Object.fromEntries((meeting.guests ?? []).map((g) => [guestKey(g.sex, g.targetGroup), g.count])),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const canRecord = meeting.actions?.includes('RECORD_ATTENDANCE') ?? false;
  const date = format.date(meeting.meetingDate);

  const counts = STATUSES.reduce(
    (all, s) => ({ ...all, [s]: Object.values(statuses).filter((v) => v === s).length }),
    {} as Record<AttendanceStatus, number>,
  );
  const guestTotal = Object.values(guests).reduce((sum, n) => sum + n, 0);

  const submit = () => {
    setSaved(null);
    const guestCounts: GuestCount[] = Object.entries(guests)
      .filter(([, count]) => count > 0)
      .map(([key, count]) => {
        const [sex, targetGroup] = key.split('/') as [Sex, TargetGroup];
        return { sex, targetGroup, count };
      });
    save.mutate(
      {
        id: meeting.id!,
        version: meeting.version ?? 0,
        body: { members: Object.entries(statuses).map(([memberId, status]) => ({ memberId, status })), guests: guestCounts },
      },
      {
        onSuccess: (result) =>
          setSaved(
            t('clubs.attendance.saved', {
              present: (result.attendance?.present ?? 0) + (result.attendance?.late ?? 0),
              guests: result.guestsTotal ?? 0,
            }),
          ),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('clubs.attendance.title', { date })}
        subtitle={t('clubs.attendance.intro')}
        actions={
          <Link className="button" to={`/clubs/${clubId}`}>
            {t('common.back')}
          </Link>
        }
      />
      {saved && <Notice>{saved}</Notice>}
      {!canRecord && <div className="alert alert--warning">{t('clubs.attendance.future')}</div>}
      {save.isError && <ProblemAlert error={save.error} />}
      <p className="attendance-summary" aria-live="polite">
        {t('clubs.attendance.summary', {
          present: counts.PRESENT,
          late: counts.LATE,
          excused: counts.EXCUSED,
          absent: counts.ABSENT,
        })}
      </p>
      <section aria-labelledby="attendance-members">
        <div className="section-header">
          <h2 id="attendance-members">{t('clubs.attendance.members')}</h2>
          <button
            type="button"
            className="button button--small"
            disabled={!canRecord}
            onClick={() => setStatuses(Object.fromEntries(Object.keys(statuses).map((k) => [k, 'PRESENT' as const])))}
          >
            {t('clubs.attendance.allPresent')}
          </button>
        </div>
        {roster.length === 0 ? (
          <p className="muted">{t('clubs.attendance.noMembers')}</p>
        ) : (
          <ul className="attendance-list">
            {roster.map((member) => {
              const status = statuses[member.memberId!] ?? 'PRESENT';
              const name = member.fullName ?? t('clubs.members.erasedName');
              return (
                <li key={member.memberId}>
                  <button
                    type="button"
                    className={`attendance-toggle attendance-toggle--${status.toLowerCase()}`}
                    disabled={!canRecord}
                    aria-label={`${name}: ${t(`clubs.attendance.status.${status}`)}`}
                    onClick={() => setStatuses({ ...statuses, [member.memberId!]: nextStatus(status) })}
                  >
                    <span className="attendance-toggle__name">{name}</span>
                    <span className="attendance-toggle__group">{t(`clubs.groups.${member.targetGroup!}`)}</span>
                    <span className="attendance-toggle__status">{t(`clubs.attendance.status.${status}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="attendance-guests">
        <h2 id="attendance-guests">{t('clubs.attendance.guests')}</h2>
        <p className="muted">{t('clubs.attendance.guestsHint')}</p>
        <div className="guest-grid">
          {GUEST_GROUPS.flatMap((group) =>
            GUEST_SEXES.map((sex) => {
              const key = guestKey(sex, group);
              const inputId = `guests-${sex}-${group}`;
              return (
                <div className="field guest-field" key={key}>
                  <label className="field__label" htmlFor={inputId}>
                    {t(`clubs.groups.${group}`)} · {t(`clubs.sex.${sex}`)}
                  </label>
                  <input
                    id={inputId}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100000}
                    disabled={!canRecord}
                    value={guests[key] ?? 0}
                    onChange={(event) => setGuests({ ...guests, [key]: Math.max(0, Number(event.target.value) || 0) })}
                  />
                </div>
              );
            }),
          )}
        </div>
      </section>
      <div className="form__actions attendance-actions">
        <button type="button" className="button button--primary button--large" disabled={!canRecord || save.isPending} onClick={submit}>
          {t('clubs.attendance.save')}
        </button>
        <span className="muted">{t('clubs.attendance.guestTotal', { count: guestTotal })}</span>
      </div>
      <ClubDocuments
        clubId={clubId}
        kind="MEETING_MATERIAL"
        meetingId={meeting.id}
        canAdd={meeting.actions?.includes('ADD_MATERIAL') ?? false}
        title={t('clubs.documents.materials')}
      />
    </>
  );
}
