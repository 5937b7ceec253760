import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_GROUPS } from '../enums';
import { ENDED_STATUSES } from '../transitions';
import type { FieldGroup, Referral, SharedCase } from '../types';
import { useReferralLabels } from './use-referral-labels';

type Row = [label: string, value: ReactNode];

/**
 * What the case shares through the referral: its number, category and status always, and the
 * person's fields only in the groups the consent (or an emergency override) shares with the
 * receiver now; the groups not shared are named plainly. Once the referral has ended nothing
 * personal is shared. The sender sees the same, to know what the receiver sees.
 */
export function SharedCaseView({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const shared: SharedCase = referral.sharedCase ?? {};
  const ended = !!referral.status && ENDED_STATUSES.includes(referral.status);
  const present = FIELD_GROUPS.filter((group) => shared.fieldGroups?.includes(group));
  const absent = FIELD_GROUPS.filter((group) => !present.includes(group));
  const unknown = t('referrals.shared.unknown');
  const value = (v: ReactNode) => (v === undefined || v === null || v === '' ? <span className="muted">{unknown}</span> : v);
  const list = (values: readonly string[] | null | undefined, map: (v: string) => string = (v) => v) =>
    values?.length ? values.map(map).join(', ') : undefined;

  const rows: Record<FieldGroup, Row[]> = {
    IDENTITY: [
      [t('referrals.shared.fullName'), shared.fullName],
      [t('referrals.shared.otherNames'), list(shared.otherNames)],
      [t('referrals.shared.sex'), shared.sex ? t(`enums.sex.${shared.sex}`) : undefined],
      [
        shared.birthDate ? t('referrals.shared.birthDate') : t('referrals.shared.estimatedAge'),
        shared.birthDate
          ? labels.date(shared.birthDate)
          : shared.estimatedAge !== undefined && shared.estimatedAge !== null
            ? String(shared.estimatedAge)
            : undefined,
      ],
      [t('referrals.shared.nationality'), shared.nationality ? labels.country(shared.nationality) : undefined],
      [
        t('referrals.shared.idDocument'),
        shared.idDocumentType
          ? [t(`enums.idDocumentType.${shared.idDocumentType}`), shared.idDocumentNumber].filter(Boolean).join(': ')
          : undefined,
      ],
    ],
    CONTACT: [
      [t('referrals.shared.phone'), shared.phone],
      [t('referrals.shared.homePlaceCode'), shared.homePlaceCode],
      [t('referrals.shared.languages'), list(shared.languages, labels.language)],
    ],
    HEALTH: [[t('referrals.shared.disabilities'), shared.disabilities]],
    NARRATIVE: [[t('referrals.shared.narrative'), shared.narrative ? <span className="prewrap">{shared.narrative}</span> : undefined]],
  };

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
      ) : (
        <>
          {present.length === 0 && <p>{t('referrals.shared.nothing')}</p>}
          {present.map((group) => (
            <section key={group} className="shared-group" aria-labelledby={`shared-group-${group}`} data-group={group}>
              <h3 id={`shared-group-${group}`}>{labels.fieldGroup(group)}</h3>
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
          {absent.length > 0 && (
            <p className="shared-absent">{t('referrals.shared.notShared', { groups: labels.fieldGroups(absent) })}</p>
          )}
        </>
      )}
    </section>
  );
}
