import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { consentCoverage } from '../consent-coverage';
import { FIELD_GROUPS } from '../enums';
import type { Consent, FieldGroup } from '../types';
import { useReferralLabels } from './use-referral-labels';

interface ConsentCoveragePanelProps {
  /** The case's consent ledger. */
  consents: UseQueryResult<Consent[]>;
  receiverId: string;
  /** The groups the form would share. */
  wanted: readonly FieldGroup[];
  /** Whether the reader may share beyond the consent in an emergency. */
  canOverride: boolean;
}

/**
 * Before a referral is saved: which field groups the person's active consents share with the
 * chosen receiver, and a warning naming the chosen groups they do not cover (the API refuses
 * those with 409 referral.consent-missing unless a supervisor overrides).
 */
export function ConsentCoveragePanel({ consents, receiverId, wanted, canOverride }: ConsentCoveragePanelProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  let body;
  if (!receiverId) {
    body = <p className="muted">{t('referrals.consent.chooseReceiver')}</p>;
  } else if (consents.isPending) {
    body = <Loading label={t('referrals.consent.loading')} />;
  } else if (consents.isError) {
    body = <ProblemAlert error={consents.error} onRetry={() => void consents.refetch()} />;
  } else {
    const { consented, missing } = consentCoverage(consents.data, receiverId, wanted);
    body = (
      <>
        {consented.length === 0 && <p>{t('referrals.consent.none')}</p>}
        <ul className="consent-coverage">
          {FIELD_GROUPS.map((group) => {
            const covered = consented.includes(group);
            const state = covered ? t('referrals.consent.covered') : t('referrals.consent.notCovered');
            return (
              <li key={group} data-group={group} data-covered={covered}>
                <span className="consent-coverage__group">{labels.fieldGroup(group)}</span>{' '}
                <span className={covered ? 'badge badge--active' : 'badge badge--withdrawn'}>{state}</span>
              </li>
            );
          })}
        </ul>
        {missing.length > 0 && (
          <div className="alert alert--warning" role="status">
            <p className="alert__title">{t('referrals.consent.missingTitle', { groups: labels.fieldGroups(missing) })}</p>
            <p>{canOverride ? t('referrals.consent.missingBodySupervisor') : t('referrals.consent.missingBody')}</p>
          </div>
        )}
      </>
    );
  }
  return (
    <section className="consent-panel" aria-labelledby="referral-consent-title">
      <h3 id="referral-consent-title">{t('referrals.consent.title')}</h3>
      {body}
    </section>
  );
}
