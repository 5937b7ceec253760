import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useFormat } from '@/i18n/use-format';
import { useLinkReferralToCase, useUnlinkReferral } from '../api/case-link';
import type { Referral } from '../types';

/**
 * For the receiver of a club's referral (no case of its own): the case it was linked to, or the
 * two ways to give the person one: an intake opened from the referral, or the case they already
 * have, by its number. The steps come from the referral's caseLinkSteps.
 */
export function ReferralCaseLink({ referral, etag }: { referral: Referral; etag: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = referral.caseLinkSteps ?? [];
  const link = useLinkReferralToCase(referral.id!);
  const unlink = useUnlinkReferral(referral.id!);
  const [number, setNumber] = useState('');
  const [missing, setMissing] = useState(false);
  const linked = referral.caseLink;
  if (!linked && steps.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!number.trim());
    if (number.trim()) link.mutate({ caseNumber: number, etag }, { onSuccess: () => setNumber('') });
  };

  return (
    <section className="referral-section" aria-labelledby="referral-case-link-title">
      <h2 id="referral-case-link-title">{t('referrals.caseLink.title')}</h2>
      {link.isError && <ProblemAlert error={link.error} />}
      {unlink.isError && <ProblemAlert error={unlink.error} />}
      {linked ? (
        <>
          <p>
            {t('referrals.caseLink.linked', {
              number: linked.caseNumber,
              by: linked.linkedByName ?? '',
              at: format.dateTime(linked.linkedAt),
            })}{' '}
            <Link to={`/cases/${linked.caseId}`}>{t('referrals.caseLink.openCase', { number: linked.caseNumber })}</Link>
          </p>
          {steps.includes('UNLINK_CASE') && (
            <button
              type="button"
              className="button button--small"
              disabled={unlink.isPending}
              onClick={() => {
                if (window.confirm(t('referrals.caseLink.unlinkConfirm', { number: linked.caseNumber }))) unlink.mutate(etag);
              }}
            >
              {t('referrals.caseLink.unlink')}
            </button>
          )}
        </>
      ) : (
        <>
          <p className="muted">{t('referrals.caseLink.intro')}</p>
          {steps.includes('OPEN_INTAKE') && (
            <p>
              <Link className="button button--primary" to={`/referrals/${referral.id}/intake`}>
                {t('referrals.caseLink.openIntake')}
              </Link>
            </p>
          )}
          {steps.includes('LINK_CASE') && (
            <form className="case-search" onSubmit={submit} noValidate aria-busy={link.isPending}>
              <div className={missing ? 'field field--invalid' : 'field'}>
                <label className="field__label" htmlFor="referral-case-number">
                  {t('referrals.caseLink.caseNumber')}
                </label>
                {missing && (
                  <p className="field__error" id="referral-case-number-error">
                    {t('referrals.caseLink.required')}
                  </p>
                )}
                <input
                  id="referral-case-number"
                  value={number}
                  placeholder="QN-2026-000123"
                  aria-invalid={missing || undefined}
                  aria-describedby={missing ? 'referral-case-number-error' : undefined}
                  onChange={(event) => setNumber(event.target.value)}
                />
              </div>
              <button type="submit" className="button case-search__button" disabled={link.isPending}>
                {t('referrals.caseLink.link')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
