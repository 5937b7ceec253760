import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import type { components } from '@/lib/api/schema';
import type { Referral } from '../types';

type ClubPerson = NonNullable<Referral['clubPerson']>;
type Sex = components['schemas']['MemberSex'];
type AgeBand = components['schemas']['AgeBand'];
type TargetGroup = components['schemas']['TargetGroup'];

/**
 * A referral from a club about a person without a case (someone its outreach reached, or a
 * member): what the club shares (an alias or initials, sex, age band, group, what was said; a name
 * and phone only with consent). Once the referral has ended nothing is shown.
 */
export function ClubPersonView({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outreach: ClubPerson | undefined = referral.clubPerson ?? undefined;
  const member = outreach?.kind === 'MEMBER';
  return (
    <section className="referral-section" aria-labelledby="referral-outreach-title">
      <h2 id="referral-outreach-title">{member ? t('referrals.outreach.titleMember') : t('referrals.outreach.title')}</h2>
      {!outreach ? (
        <p>{t('referrals.shared.ended')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('referrals.outreach.club')}</dt>
          <dd>{outreach.clubName}</dd>
          <dt>{member ? t('referrals.outreach.memberSince') : t('referrals.outreach.contactedOn')}</dt>
          <dd>{format.date(outreach.since)}</dd>
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
