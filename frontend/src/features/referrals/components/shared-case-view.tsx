import { PlaceName } from '@/components/ui/place-field';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_GROUPS } from '../enums';
import { ENDED_STATUSES } from '../transitions';
import type { FieldGroup, Referral, SharedCase, SharedPerson } from '../types';
import { useReferralLabels } from './use-referral-labels';

type Row = [label: string, value: ReactNode];

/**
 * What the case shares through the referral: its number, category and status always, then each
 * person of the case (the main person, each accompanying child) with only the groups that
 * person's own consent (or an emergency override, while it lasts) shares with the receiver; a
 * person without consent is not listed. Once the referral has ended nothing personal is shared.
 * The sender sees the same, to know what the receiver sees.
 */
export function SharedCaseView({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const shared: SharedCase = referral.sharedCase ?? {};
  const ended = !!referral.status && ENDED_STATUSES.includes(referral.status);
  const persons = shared.persons ?? [];
  const unknown = t('referrals.shared.unknown');
  const value = (v: ReactNode) => (v === undefined || v === null || v === '' ? <span className="muted">{unknown}</span> : v);

  return (
    <section className="referral-section" aria-labelledby="referral-shared-title">
      <h2 id="referral-shared-title">
        {referral.side === 'RECEIVER' ? t('referrals.shared.titleReceiver') : t('referrals.shared.titleSender')}
      </h2>
      <dl className="facts">
        <dt>{t('referrals.shared.caseNumber')}</dt>
        <dd>{value(shared.caseNumber)}</dd>
        <dt>{t('referrals.shared.category')}</dt>
        <dd>{value(labels.caseCategory(shared.category))}</dd>
        <dt>{t('referrals.shared.caseStatus')}</dt>
        <dd>{value(labels.caseStatus(shared.status))}</dd>
      </dl>
      {ended ? (
        <p>{t('referrals.shared.ended')}</p>
      ) : persons.length === 0 ? (
        <p>{t('referrals.shared.nothing')}</p>
      ) : (
        persons.map((person, index) => <SharedPersonView key={person.personId ?? index} person={person} index={index} />)
      )}
    </section>
  );
}

/** One person of the shared case: the groups shown, each with its fields, and the groups not shown named plainly. */
function SharedPersonView({ person, index }: { person: SharedPerson; index: number }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const present = FIELD_GROUPS.filter((group) => person.fieldGroups?.includes(group));
  const absent = FIELD_GROUPS.filter((group) => !present.includes(group) && !(group === 'NARRATIVE' && person.role !== 'MAIN_PERSON'));
  const unknown = t('referrals.shared.unknown');
  const value = (v: ReactNode) => (v === undefined || v === null || v === '' ? <span className="muted">{unknown}</span> : v);
  const list = (values: readonly string[] | null | undefined, map: (v: string) => string = (v) => v) =>
    values?.length ? values.map(map).join(', ') : undefined;
  const titleId = `shared-person-${index}`;

  const rows: Record<FieldGroup, Row[]> = {
    IDENTITY: [
      [t('referrals.shared.fullName'), person.fullName],
      [t('referrals.shared.otherNames'), list(person.otherNames)],
      [t('referrals.shared.sex'), person.sex ? t(`enums.sex.${person.sex}`) : undefined],
      [
        person.birthDate ? t('referrals.shared.birthDate') : t('referrals.shared.estimatedAge'),
        person.birthDate
          ? labels.date(person.birthDate)
          : person.estimatedAge !== undefined && person.estimatedAge !== null
            ? String(person.estimatedAge)
            : undefined,
      ],
      [t('referrals.shared.nationality'), person.nationality ? labels.country(person.nationality) : undefined],
      [
        t('referrals.shared.idDocument'),
        person.idDocumentType
          ? [t(`enums.idDocumentType.${person.idDocumentType}`), person.idDocumentNumber].filter(Boolean).join(': ')
          : undefined,
      ],
    ],
    CONTACT: [
      [t('referrals.shared.phone'), person.phone],
      [t('referrals.shared.homePlaceCode'), person.homePlaceCode ? <PlaceName code={person.homePlaceCode} /> : undefined],
      [t('referrals.shared.languages'), list(person.languages, labels.language)],
    ],
    HEALTH: [[t('referrals.shared.disabilities'), person.disabilities]],
    NARRATIVE: [[t('referrals.shared.narrative'), person.narrative ? <span className="prewrap">{person.narrative}</span> : undefined]],
  };

  return (
    <section className="shared-person" aria-labelledby={titleId} data-role={person.role} data-basis={person.basis}>
      <h3 id={titleId}>
        {person.role === 'MAIN_PERSON' ? t('referrals.shared.mainPerson') : t('referrals.shared.child')}
        {person.basis === 'OVERRIDE' && <span className="badge badge--warning">{t('referrals.shared.byOverride')}</span>}
      </h3>
      {present.map((group) => (
        <section key={group} className="shared-group" aria-label={labels.fieldGroup(group)} data-group={group}>
          <h4>{labels.fieldGroup(group)}</h4>
          <dl className="facts">
            {rows[group].map(([label, v]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value(v)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
      {absent.length > 0 && <p className="shared-absent">{t('referrals.shared.notShared', { groups: labels.fieldGroups(absent) })}</p>}
    </section>
  );
}
