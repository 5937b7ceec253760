import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type { components } from '@/lib/api/schema';
import type { Referral } from '../types';

type Outreach = NonNullable<Referral['outreach']>;
type Sex = components['schemas']['MemberSex'];
type AgeBand = components['schemas']['AgeBand'];
type TargetGroup = components['schemas']['TargetGroup'];

/**
 * A referral from a club's outreach, about a person at risk who has no case yet: what the club
 * shares (an alias, sex, age band, group, what was said; a name and phone only with consent).
 * Once the referral has ended nothing is shown.
 */
export function OutreachSubjectView({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outreach: Outreach | undefined = referral.outreach ?? undefined;
  return (
    <section className="referral-section" aria-labelledby="referral-outreach-title">
      <h2 id="referral-outreach-title">{t('referrals.outreach.title')}</h2>
      {!outreach ? (
        <p>{t('referrals.shared.ended')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('referrals.outreach.club')}</dt>
          <dd>{outreach.clubName}</dd>
          <dt>{t('referrals.outreach.contactedOn')}</dt>
          <dd>{format.date(outreach.contactedOn)}</dd>
          <dt>{t('clubs.outreach.fields.alias')}</dt>
          <dd>{outreach.alias}</dd>
          {outreach.fullName && (
            <>
              <dt>{t('clubs.outreach.fields.fullName')}</dt>
              <dd>{outreach.fullName}</dd>
            </>
          )}
          {outreach.phone && (
            <>
              <dt>{t('clubs.outreach.fields.phone')}</dt>
              <dd>{outreach.phone}</dd>
            </>
          )}
          <dt>{t('clubs.outreach.fields.sex')}</dt>
          <dd>{outreach.sex ? t(`clubs.sex.${outreach.sex as Sex}`) : ''}</dd>
          <dt>{t('clubs.outreach.fields.ageBand')}</dt>
          <dd>{outreach.ageBand ? t(`clubs.ageBands.${outreach.ageBand as AgeBand}`) : ''}</dd>
          <dt>{t('clubs.outreach.fields.targetGroup')}</dt>
          <dd>{outreach.targetGroup ? t(`clubs.groups.${outreach.targetGroup as TargetGroup}`) : ''}</dd>
          {outreach.said && (
            <>
              <dt>{t('clubs.outreach.fields.said')}</dt>
              <dd className="prewrap">{outreach.said}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
