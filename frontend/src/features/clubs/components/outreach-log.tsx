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
import { useInviteContact, useOutreachContacts, useRecordContact, useReferContact, useUpdateContact } from '../api/outreach';
import type { AgeBand, ContactRequest, OutreachContact, Sex, TargetGroup } from '../types';
import { ReferDialog } from './refer-dialog';
import { TARGET_GROUPS } from './member-list';

const AGE_BANDS: AgeBand[] = ['AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38', 'AGE_39_47', 'AGE_48_PLUS', 'UNKNOWN'];


/** The club's outreach log: who was reached, with the least data, and the invitation to join. */
export function OutreachLog() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const list = useListParams();
  const query = useOutreachContacts(id, list.page, list.size);
  const invite = useInviteContact(id);
  const refer = useReferContact(id);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<OutreachContact | null>(null);
  const [referring, setReferring] = useState<OutreachContact | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('clubs.outreach.title')}
        subtitle={t('clubs.outreach.intro')}
        actions={
          <>
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
              {t('clubs.outreach.record')}
            </button>
            <Link className="button" to={`/clubs/${id}`}>
              {t('common.back')}
            </Link>
          </>
        }
      />
      {invite.isError && <ProblemAlert error={invite.error} />}
      <QueryResults query={query} list={list} empty={t('clubs.outreach.empty')}>
        {(items) => (
          <ul className="member-list">
            {items.map((contact) => (
              <ContactRow
                key={contact.id}
                contact={contact}
                onInvite={() =>
                  invite.mutate({ id: contact.id!, on: todayInput() }, { onSuccess: () => setNotice(t('clubs.outreach.invited', { alias: contact.alias })) })
                }
                onRefer={() => setReferring(contact)}
                onEdit={() => setEditing(contact)}
              />
            ))}
          </ul>
        )}
      </QueryResults>
      {referring && (
        <ReferDialog
          clubId={id}
          title={t('clubs.outreach.referTitle', { alias: referring.alias })}
          consented={!!referring.consentGivenOn}
          pending={refer.isPending}
          error={refer.error}
          onClose={() => setReferring(null)}
          onSubmit={(body) =>
            refer.mutate(
              { id: referring.id!, body },
              {
                onSuccess: () => {
                  setReferring(null);
                  setNotice(t('clubs.outreach.referred', { alias: referring.alias }));
                },
              },
            )
          }
        />
      )}
      {(open || editing) && (
        <ContactDialog
          clubId={id}
          contact={editing ?? undefined}
          onClose={() => {
            setOpen(false);
            setEditing(null);
          }}
          onRecorded={(alias) => {
            setNotice(t(editing ? 'clubs.outreach.changed' : 'clubs.outreach.recorded', { alias }));
            setOpen(false);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

function ContactRow({
  contact,
  onInvite,
  onRefer,
  onEdit,
}: {
  contact: OutreachContact;
  onInvite: () => void;
  onRefer: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="member-row">
      <div>
        <strong>{contact.fullName ?? contact.alias}</strong>
        <span className="muted">
          {' '}
          · {t(`clubs.sex.${contact.sex!}`)} · {t(`clubs.ageBands.${contact.ageBand!}`)} · {format.date(contact.contactedOn)}
        </span>
      </div>
      <div className="muted">
        {t(`clubs.groups.${contact.targetGroup!}`)}
        {contact.leaflets ? ` · ${t('clubs.outreach.leafletsGiven', { count: contact.leaflets })}` : ''}
        {contact.invitedOn ? ` · ${t('clubs.outreach.invitedOn', { date: format.date(contact.invitedOn) })}` : ''}
      </div>
      {contact.said && <p className="prewrap">{contact.said}</p>}
      <div className="room-card__actions">
        {contact.actions?.includes('EDIT') && (
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onEdit}>
            {t('clubs.outreach.edit')}
          </button>
        )}
        {contact.actions?.includes('INVITE') && (
          <button type="button" className="button button--small" onClick={onInvite}>
            {t('clubs.outreach.invite')}
          </button>
        )}
        {contact.actions?.includes('REFER') && (
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={onRefer}>
            {t('clubs.outreach.refer')}
          </button>
        )}
        {contact.referralId && <span className="badge badge--referral-sent">{t('clubs.outreach.referredBadge')}</span>}
      </div>
    </li>
  );
}

/** Records a contact, or corrects one (`contact`) with its version; unticking the consent erases the name and phone. */
function ContactDialog({
  clubId,
  contact,
  onClose,
  onRecorded,
}: {
  clubId: string;
  contact?: OutreachContact;
  onClose: () => void;
  onRecorded: (alias: string) => void;
}) {
  const { t } = useTranslation();
  const create = useRecordContact(clubId);
  const update = useUpdateContact(clubId);
  const record = contact ? update : create;
  const [v, setV] = useState({
    contactedOn: contact?.contactedOn ?? todayInput(),
    alias: contact?.alias ?? '',
    sex: (contact?.sex ?? 'FEMALE') as Sex,
    ageBand: (contact?.ageBand ?? 'AGE_18_20') as AgeBand,
    targetGroup: (contact?.targetGroup ?? 'AT_RISK') as TargetGroup,
    said: contact?.said ?? '',
    leaflets: String(contact?.leaflets ?? 0),
    consent: !!contact?.consentGivenOn,
    fullName: contact?.fullName ?? '',
    phone: contact?.phone ?? '',
  });
  const set = <K extends keyof typeof v>(field: K, value: (typeof v)[K]) => setV({ ...v, [field]: value });
  const label = (field: string) => t(`clubs.outreach.fields.${field}` as 'clubs.outreach.fields.alias');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ContactRequest = {
      contactedOn: v.contactedOn,
      alias: v.alias.trim(),
      sex: v.sex,
      ageBand: v.ageBand,
      targetGroup: v.targetGroup,
      said: v.said.trim() || undefined,
      leaflets: Number(v.leaflets) || 0,
      topics: contact?.topics,
      workerSeatId: contact?.workerSeatId,
      placeCode: contact?.placeCode,
      ...(v.consent
        ? {
            consent: {
              givenOn: contact?.consentGivenOn ?? v.contactedOn,
              givenBy: contact?.consentGivenBy ?? 'SELF',
            },
            fullName: v.fullName.trim() || undefined,
            phone: v.phone.trim() || undefined,
          }
        : {}),
    };
    const done = { onSuccess: (c: OutreachContact) => onRecorded(c.alias ?? '') };
    if (contact) update.mutate({ id: contact.id!, version: contact.version ?? 0, body }, done);
    else create.mutate(body, done);
  };

  return (
    <Dialog title={contact ? t('clubs.outreach.edit') : t('clubs.outreach.record')} onClose={onClose}>
      <form className="form" noValidate aria-busy={record.isPending} onSubmit={submit}>
        {record.isError && <ProblemAlert error={record.error} />}
        <TextField id="contact-contactedOn" label={label('contactedOn')} type="date" required max={todayInput()} value={v.contactedOn}
          onChange={(e) => set('contactedOn', e.target.value)} />
        <TextField id="contact-alias" label={label('alias')} hint={t('clubs.outreach.aliasHint')} required maxLength={40} value={v.alias}
          onChange={(e) => set('alias', e.target.value)} />
        <SelectField id="contact-sex" label={label('sex')} required value={v.sex} onChange={(e) => set('sex', e.target.value as Sex)}>
          {(['FEMALE', 'MALE', 'OTHER'] as Sex[]).map((s) => (
            <option key={s} value={s}>
              {t(`clubs.sex.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="contact-ageBand" label={label('ageBand')} required value={v.ageBand} onChange={(e) => set('ageBand', e.target.value as AgeBand)}>
          {AGE_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`clubs.ageBands.${b}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="contact-targetGroup" label={label('targetGroup')} required value={v.targetGroup}
          onChange={(e) => set('targetGroup', e.target.value as TargetGroup)}>
          {TARGET_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`clubs.groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="contact-said" label={label('said')} maxLength={4000} value={v.said} onChange={(e) => set('said', e.target.value)} />
        <TextField id="contact-leaflets" label={label('leaflets')} inputMode="numeric" value={v.leaflets}
          onChange={(e) => set('leaflets', e.target.value.replace(/\D/g, ''))} />
        <CheckboxField id="contact-consent" label={label('consent')}
          hint={contact?.consentGivenOn ? t('clubs.outreach.withdrawHint') : t('clubs.outreach.consentHint')} checked={v.consent}
          onChange={(e) => set('consent', e.target.checked)} />
        {v.consent && (
          <>
            <TextField id="contact-fullName" label={label('fullName')} maxLength={200} value={v.fullName} onChange={(e) => set('fullName', e.target.value)} />
            <TextField id="contact-phone" label={label('phone')} type="tel" maxLength={30} value={v.phone} onChange={(e) => set('phone', e.target.value)} />
          </>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={record.isPending}>
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

