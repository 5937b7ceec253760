import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/form-fields';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryResults } from '@/components/ui/query-results';
import { useFormat } from '@/i18n/use-format';
import { useListParams } from '@/lib/routing/use-list-params';
import { todayInput } from '@/lib/dates';
import { useMembers } from '../api/members';
import { useCounselling, useCounsellingFollowUp, useRecordCounselling, useReferCounselled, useUpdateCounselling } from '../api/outreach';
import type { Counselling, CounsellingTopic } from '../types';
import { ReferDialog } from './refer-dialog';

const TOPICS: CounsellingTopic[] = ['VOCATIONAL_TRAINING', 'JOB_PLACEMENT', 'SMALL_BUSINESS', 'LOAN_AND_CREDIT', 'AGRICULTURE', 'SAFE_LABOUR_MIGRATION', 'OTHER'];


/** Livelihood counselling of the club's members: the follow-ups due first when asked, recording, and the referral to a service. */
export function CounsellingList() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const list = useListParams();
  const due = list.get('due') === 'true';
  const query = useCounselling(id, due, list.page, list.size);
  const followUp = useCounsellingFollowUp(id);
  const refer = useReferCounselled(id);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Counselling | null>(null);
  const [referring, setReferring] = useState<Counselling | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('clubs.counselling.title')}
        actions={
          <>
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              {t('clubs.counselling.record')}
            </button>
            <Link className="button" to={`/clubs/${id}`}>
              {t('common.back')}
            </Link>
          </>
        }
      />
      <div className="filters">
        <CheckboxField id="counselling-due" label={t('clubs.counselling.dueOnly')} checked={due}
          onChange={(e) => list.update({ due: e.target.checked ? 'true' : undefined })} />
      </div>
      {followUp.isError && <ProblemAlert error={followUp.error} />}
      <QueryResults query={query} list={list} empty={t('clubs.counselling.empty')}>
        {(items) => (
          <ul className="member-list">
            {items.map((c) => (
              <CounsellingRow
                key={c.id}
                counselling={c}
                onFollowUp={() => followUp.mutate({ id: c.id!, on: todayInput() }, { onSuccess: () => setNotice(t('clubs.counselling.followedUp')) })}
                onRefer={() => setReferring(c)}
                onEdit={() => setEditing(c)}
              />
            ))}
          </ul>
        )}
      </QueryResults>
      {(open || editing) && (
        <CounsellingDialog
          clubId={id}
          counselling={editing ?? undefined}
          onClose={() => {
            setOpen(false);
            setEditing(null);
          }}
          onRecorded={() => {
            setNotice(t(editing ? 'clubs.counselling.changed' : 'clubs.counselling.recorded'));
            setOpen(false);
            setEditing(null);
          }}
        />
      )}
      {referring && (
        <ReferDialog
          clubId={id}
          title={t('clubs.counselling.referTitle', { name: referring.memberName ?? '' })}
          consented
          pending={refer.isPending}
          error={refer.error}
          onClose={() => setReferring(null)}
          onSubmit={(body) =>
            refer.mutate(
              { id: referring.id!, body },
              {
                onSuccess: () => {
                  setReferring(null);
                  setNotice(t('clubs.counselling.referred'));
                },
              },
            )
          }
        />
      )}
    </>
  );
}

function CounsellingRow({
  counselling: c,
  onFollowUp,
  onRefer,
  onEdit,
}: {
  counselling: Counselling;
  onFollowUp: () => void;
  onRefer: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="member-row">
      <div>
        <strong>{c.memberName ?? t('clubs.members.erasedName')}</strong>
        <span className="muted">
          {' '}
          · {t(`clubs.counselling.topics.${c.topic!}`)} · {format.date(c.counselledOn)}
        </span>
        {c.followUpDue && <span className="badge badge--overdue"> {t('clubs.counselling.due')}</span>}
      </div>
      {c.note && <p className="prewrap">{c.note}</p>}
      {c.followUpOn && (
        <div className="muted">
          {c.followedUpOn
            ? t('clubs.counselling.followedUpOn', { date: format.date(c.followedUpOn) })
            : t('clubs.counselling.followUpOn', { date: format.date(c.followUpOn) })}
        </div>
      )}
      <div className="room-card__actions">
        {c.actions?.includes('EDIT') && (
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onEdit}>
            {t('clubs.counselling.edit')}
          </button>
        )}
        {c.actions?.includes('RECORD_FOLLOW_UP') && (
          <button type="button" className="button button--small" onClick={onFollowUp}>
            {t('clubs.counselling.recordFollowUp')}
          </button>
        )}
        {c.actions?.includes('REFER') && (
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onRefer}>
            {t('clubs.outreach.refer')}
          </button>
        )}
        {c.referralId && <span className="badge badge--referral-sent">{t('clubs.outreach.referredBadge')}</span>}
      </div>
    </li>
  );
}

/** Records a counselling, or corrects one (`counselling`) with its version; the member stays the one counselled. */
function CounsellingDialog({
  clubId,
  counselling,
  onClose,
  onRecorded,
}: {
  clubId: string;
  counselling?: Counselling;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const members = useMembers(clubId, { size: 200 });
  const create = useRecordCounselling(clubId);
  const update = useUpdateCounselling(clubId);
  const record = counselling ? update : create;
  const [v, setV] = useState({
    memberId: counselling?.memberId ?? '',
    counselledOn: counselling?.counselledOn ?? todayInput(),
    topic: (counselling?.topic ?? 'SMALL_BUSINESS') as CounsellingTopic,
    note: counselling?.note ?? '',
    followUpOn: counselling?.followUpOn ?? '',
  });
  const set = <K extends keyof typeof v>(field: K, value: (typeof v)[K]) => setV({ ...v, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { memberId: v.memberId, counselledOn: v.counselledOn, topic: v.topic, note: v.note.trim() || undefined, followUpOn: v.followUpOn || undefined };
    if (counselling) update.mutate({ id: counselling.id!, version: counselling.version ?? 0, body }, { onSuccess: onRecorded });
    else create.mutate(body, { onSuccess: onRecorded });
  };
  return (
    <Dialog title={counselling ? t('clubs.counselling.edit') : t('clubs.counselling.record')} onClose={onClose}>
      <form className="form" noValidate aria-busy={record.isPending} onSubmit={submit}>
        {record.isError && <ProblemAlert error={record.error} />}
        <SelectField id="counselling-member" label={t('clubs.counselling.member')} required value={v.memberId} disabled={!!counselling}
          onChange={(e) => set('memberId', e.target.value)}>
          <option value="">{t('prevention.campaigns.choose')}</option>
          {counselling && !(members.data?.items ?? []).some((m) => m.id === counselling.memberId) && (
            <option value={counselling.memberId}>{counselling.memberName ?? t('clubs.members.erasedName')}</option>
          )}
          {(members.data?.items ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </SelectField>
        <TextField id="counselling-on" label={t('clubs.counselling.on')} type="date" required max={todayInput()} value={v.counselledOn}
          onChange={(e) => set('counselledOn', e.target.value)} />
        <SelectField id="counselling-topic" label={t('clubs.counselling.topic')} required value={v.topic} onChange={(e) => set('topic', e.target.value as CounsellingTopic)}>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {t(`clubs.counselling.topics.${topic}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="counselling-note" label={t('clubs.counselling.note')} maxLength={4000} value={v.note} onChange={(e) => set('note', e.target.value)} />
        <TextField id="counselling-followUpOn" label={t('clubs.counselling.followUp')} type="date" value={v.followUpOn}
          onChange={(e) => set('followUpOn', e.target.value)} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={record.isPending || !v.memberId}>
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
