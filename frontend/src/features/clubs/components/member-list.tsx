import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldChecks, fieldId, formErrors } from '@/components/ui/form-errors';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
import { useFormValues } from '@/components/ui/form-values';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryResults } from '@/components/ui/query-results';
import { useFormat } from '@/i18n/use-format';
import type { FieldError } from '@/lib/api/problem';
import { useListParams } from '@/lib/routing/use-list-params';
import { todayInput } from '@/lib/dates';
import { useAddMember, useEraseMember, useMembers } from '../api/members';
import type { Member, MemberRequest, Sex, TargetGroup } from '../types';

export const TARGET_GROUPS: TargetGroup[] = [
  'VICTIM',
  'RETURNED_ILLEGAL_MIGRANT',
  'AT_RISK',
  'PROSPECTIVE_MIGRANT_WORKER',
  'RELATIVE_OF_VICTIM',
  'SOCIAL_WORK_COLLABORATOR',
  'NEIGHBOURHOOD_OFFICER',
  'OTHER',
];
const SEXES: Sex[] = ['FEMALE', 'MALE', 'OTHER'];

/** The club's members by group (the club's own users only); adding one needs their consent. */
export function MemberList() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const list = useListParams();
  const group = list.get('group') as TargetGroup | '';
  const query = useMembers(id, { group: group || undefined, page: list.page, size: list.size });
  const erase = useEraseMember(id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <PageHeader
        title={t('clubs.members.title')}
        actions={
          <>
            <button type="button" className="button button--primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
              {t('clubs.members.add')}
            </button>
            <Link className="button" to={`/clubs/${id}`}>
              {t('common.back')}
            </Link>
          </>
        }
      />
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="member-group">
            {t('clubs.members.group')}
          </label>
          <select id="member-group" value={group} onChange={(event) => list.update({ group: event.target.value })}>
            <option value="">{t('clubs.members.allGroups')}</option>
            {TARGET_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`clubs.groups.${g}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {erase.isError && <ProblemAlert error={erase.error} />}
      <QueryResults query={query} list={list} empty={t('clubs.members.empty')}>
        {(items) => (
          <ul className="member-list">
            {items.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                onErase={() => {
                  if (window.confirm(t('clubs.members.eraseConfirm', { name: member.fullName ?? '' }))) {
                    erase.mutate(member.id!, { onSuccess: () => setNotice(t('clubs.members.erased')) });
                  }
                }}
              />
            ))}
          </ul>
        )}
      </QueryResults>
      {adding && (
        <MemberDialog
          clubId={id}
          onClose={() => setAdding(false)}
          onAdded={(name) => {
            setAdding(false);
            setNotice(t('clubs.members.added', { name }));
          }}
        />
      )}
    </>
  );
}

function MemberRow({ member, onErase }: { member: Member; onErase: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="member-row">
      <div>
        <strong>{member.fullName ?? t('clubs.members.erasedName')}</strong>
        <span className="muted">
          {' '}
          · {t(`clubs.sex.${member.sex!}`)}
          {member.birthYear ? ` · ${member.birthYear}` : ''}
          {member.phone ? ` · ${member.phone}` : ''}
        </span>
      </div>
      <div className="muted">
        {t(`clubs.groups.${member.targetGroup!}`)} · {t('clubs.members.joined', { date: format.date(member.joinedOn) })}
        {member.leftOn ? ` · ${t('clubs.members.left', { date: format.date(member.leftOn) })}` : ''}
      </div>
      {member.actions?.includes('ERASE') && (
        <button type="button" className="button button--small button--danger" onClick={onErase}>
          {t('clubs.members.erase')}
        </button>
      )}
    </li>
  );
}

interface Values {
  fullName: string;
  sex: Sex;
  birthYear: string;
  phone: string;
  targetGroup: TargetGroup;
  joinedOn: string;
  consent: boolean;
  consentGivenBy: 'SELF' | 'GUARDIAN';
}
const FIELDS = ['fullName', 'sex', 'birthYear', 'phone', 'targetGroup', 'joinedOn', 'consent'] as const;
type Field = (typeof FIELDS)[number];


function MemberDialog({ clubId, onClose, onAdded }: { clubId: string; onClose: () => void; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const add = useAddMember(clubId);
  const { values, set } = useFormValues<Values>(() => ({
    fullName: '',
    sex: 'FEMALE',
    birthYear: '',
    phone: '',
    targetGroup: 'AT_RISK',
    joinedOn: todayInput(),
    consent: false,
    consentGivenBy: 'SELF',
  }));
  const [clientErrors, setClientErrors] = useState<FieldError[]>([]);
  const labelOf = (field: string) =>
    (FIELDS as readonly string[]).includes(field) ? t(`clubs.members.fields.${field as Field}`) : field;
  const { byField, summary } = formErrors('member', clientErrors, add.error, [...FIELDS], labelOf);
  const id = (field: Field) => fieldId('member', field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { errors, need } = fieldChecks<Field>(t('common.requiredField'));
    need('fullName', !!values.fullName.trim());
    need('birthYear', !values.birthYear || /^\d{4}$/.test(values.birthYear.trim()));
    need('joinedOn', !!values.joinedOn);
    need('consent', values.consent, t('clubs.members.consentHint'));
    setClientErrors(errors);
    if (errors.length) return;
    const body: MemberRequest = {
      fullName: values.fullName.trim(),
      sex: values.sex,
      birthYear: values.birthYear ? Number(values.birthYear) : undefined,
      phone: values.phone.trim() || undefined,
      targetGroup: values.targetGroup,
      joinedOn: values.joinedOn,
      consent: { givenOn: todayInput(), givenBy: values.consentGivenBy },
    };
    add.mutate(body, { onSuccess: (member) => onAdded(member.fullName ?? '') });
  };

  return (
    <Dialog title={t('clubs.members.addTitle')} onClose={onClose}>
      <form className="form" noValidate aria-busy={add.isPending} onSubmit={submit}>
        {add.isError && <ProblemAlert error={add.error} />}
        <ErrorSummary items={summary} />
        <TextField id={id('fullName')} label={labelOf('fullName')} required maxLength={200} errors={byField.fullName}
          value={values.fullName} onChange={(e) => set('fullName', e.target.value)} />
        <SelectField id={id('targetGroup')} label={labelOf('targetGroup')} required errors={byField.targetGroup}
          value={values.targetGroup} onChange={(e) => set('targetGroup', e.target.value as TargetGroup)}>
          {TARGET_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`clubs.groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('sex')} label={labelOf('sex')} required errors={byField.sex} value={values.sex}
          onChange={(e) => set('sex', e.target.value as Sex)}>
          {SEXES.map((s) => (
            <option key={s} value={s}>
              {t(`clubs.sex.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField id={id('birthYear')} label={labelOf('birthYear')} inputMode="numeric" maxLength={4} errors={byField.birthYear}
          value={values.birthYear} onChange={(e) => set('birthYear', e.target.value)} />
        <TextField id={id('phone')} label={labelOf('phone')} type="tel" maxLength={30} errors={byField.phone}
          value={values.phone} onChange={(e) => set('phone', e.target.value)} />
        <TextField id={id('joinedOn')} label={labelOf('joinedOn')} type="date" required max={todayInput()} errors={byField.joinedOn}
          value={values.joinedOn} onChange={(e) => set('joinedOn', e.target.value)} />
        <CheckboxField id={id('consent')} label={labelOf('consent')} hint={t('clubs.members.consentHint')} errors={byField.consent}
          checked={values.consent} onChange={(e) => set('consent', e.target.checked)} />
        <SelectField id="member-consentGivenBy" label={t('clubs.members.fields.consentGivenBy')} value={values.consentGivenBy}
          onChange={(e) => set('consentGivenBy', e.target.value as 'SELF' | 'GUARDIAN')}>
          <option value="SELF">{t('clubs.members.consentBy.SELF')}</option>
          <option value="GUARDIAN">{t('clubs.members.consentBy.GUARDIAN')}</option>
        </SelectField>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
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
