import { useTranslation } from 'react-i18next';
import type { Referral } from '../types';
import { useReferralLabels } from './use-referral-labels';

/** The organization of a step's actor: the sender or the receiver of the referral. */
export function actorOrganization(referral: Referral, organizationId: string | undefined) {
  if (organizationId && organizationId === referral.sender?.id) return referral.sender;
  if (organizationId && organizationId === referral.receiver?.id) return referral.receiver;
  return undefined;
}

/** The referral's steps, oldest first: who did what and when, with the note or reason given. Comments have their own list. */
export function ReferralHistory({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const steps = (referral.history ?? []).filter((step) => step.type !== 'COMMENTED');
  return (
    <section className="referral-section" aria-labelledby="referral-history-title">
      <h2 id="referral-history-title">{t('referrals.history.title')}</h2>
      {steps.length === 0 ? (
        <p className="muted">{t('referrals.history.empty')}</p>
      ) : (
        <ol className="notes referral-history">
          {steps.map((step, index) => (
            <li key={step.id ?? index} className="note" data-step={step.type}>
              <p className="note__meta">
                <strong>{labels.step(step.type)}</strong>
                {' · '}
                {step.at && <time dateTime={step.at}>{labels.dateTime(step.at)}</time>}
                {' · '}
                {t('referrals.history.byline', {
                  name: step.actorName ?? '',
                  organization: labels.organization(actorOrganization(referral, step.actorOrganizationId)),
                })}
              </p>
              {step.note && <p className="prewrap note__text">{step.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
