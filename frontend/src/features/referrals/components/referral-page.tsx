import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useHasRole } from '@/lib/auth/get-me';
import { useReferral } from '../api/get-referral';
import { printReferralLetter } from '../api/print-referral-letter';
import { useService } from '../api/get-service';
import { REFERRAL_SENDER_ROLES } from '../roles';
import { OverdueBadge, ReferralStatusBadge, UrgencyBadge } from './referral-badges';
import { ReferralActions } from './referral-actions';
import { ReferralComments } from './referral-comments';
import { ReferralHistory } from './referral-history';
import { ClubPersonView } from './club-person-view';
import { ReferralCaseLink } from './referral-case-link';
import { SharedCaseView } from './shared-case-view';
import { useReferralLabels } from './use-referral-labels';

interface ArrivalState {
  notice?: string;
}

/**
 * One referral, for its sender or its receiver: the facts and the steps the reader's side may
 * take, the outcome once completed (the sender always sees it), what the case shares, the
 * history and the comments.
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const location = useLocation();
  const arrival = (location.state as ArrivalState | null) ?? {};
  const [arrivalShown, setArrivalShown] = useState(true);
  const worker = useHasRole(...REFERRAL_SENDER_ROLES);
  const query = useReferral(id);
  const service = useService(query.data?.data.serviceId);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('referrals.page.titleNoNumber')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/referrals">{t('referrals.page.back')}</Link>
        </p>
      </>
    );
  }
  const { data: referral, etag } = query.data;
  const caseNumber = referral.sharedCase?.caseNumber;
  const serviceType = labels.serviceType(referral.serviceType);
  const none = t('common.none');
  const sender = referral.side === 'SENDER';
  // Optional facts, shown only when the referral has them.
  const optional: [string, string | undefined][] = [
    [t('referrals.page.requestedBy'), referral.requestedBy ? labels.date(referral.requestedBy) : undefined],
    [t('referrals.page.sentAt'), referral.sentAt ? labels.dateTime(referral.sentAt) : undefined],
    [t('referrals.page.answeredAt'), referral.answeredAt ? labels.dateTime(referral.answeredAt) : undefined],
    [t('referrals.page.escalatedAt'), referral.escalatedAt ? labels.dateTime(referral.escalatedAt) : undefined],
    [t('referrals.page.declineReason'), referral.declineReason],
    [t('referrals.page.cancelReason'), referral.cancelReason],
    [t('referrals.page.completedAt'), referral.completedAt ? labels.dateTime(referral.completedAt) : undefined],
  ];

  return (
    <>
      {arrivalShown && arrival.notice && <Notice>{arrival.notice}</Notice>}
      <PageHeader
        title={
          caseNumber
            ? t('referrals.page.title', { number: caseNumber })
            : referral.clubPerson?.alias
              ? t(referral.clubPerson.kind === 'MEMBER' ? 'referrals.page.titleMember' : 'referrals.page.titleOutreach', {
                  alias: referral.clubPerson.alias,
                })
              : t('referrals.page.titleNoNumber')
        }
        subtitle={t('referrals.page.subtitle', {
          service: serviceType,
          sender: labels.organization(referral.sender),
          receiver: labels.organization(referral.receiver),
        })}
        actions={
          <PrintButton
            className="button"
            label={t('referrals.page.printLetter')}
            fileName={`giay-chuyen-gui-${referral.id!.slice(0, 8).toUpperCase()}.pdf`}
            load={(client) => printReferralLetter(client, referral.id!)}
          />
        }
      />
      <dl className="case-facts">
        <div>
          <dt>{t('referrals.page.status')}</dt>
          <dd>
            <span className="due">
              <ReferralStatusBadge status={referral.status} />
              <OverdueBadge overdue={referral.overdue} />
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.urgency')}</dt>
          <dd>
            <UrgencyBadge urgency={referral.urgency} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.side')}</dt>
          <dd>{sender ? t('referrals.page.sideSender') : t('referrals.page.sideReceiver')}</dd>
        </div>
        {referral.answerDueAt && (
          <div>
            <dt>{t('referrals.page.answerDueAt')}</dt>
            <dd>
              <time dateTime={referral.answerDueAt}>{labels.dateTime(referral.answerDueAt)}</time>
            </dd>
          </div>
        )}
      </dl>

      {referral.override && (
        <section
          className="alert alert--warning referral-override"
          aria-labelledby="referral-override-title"
          data-active={String(!!referral.override.active)}
        >
          <h2 id="referral-override-title" className="alert__title">
            {referral.override.active
              ? t('referrals.page.overrideActive', { end: labels.dateTime(referral.override.endsAt ?? '') })
              : referral.override.endedByWithdrawal
                ? t('referrals.page.overrideWithdrawn', { end: labels.dateTime(referral.override.endsAt ?? '') })
                : t('referrals.page.overrideEnded', { end: labels.dateTime(referral.override.endsAt ?? '') })}
          </h2>
          <p className="prewrap">
            {t('referrals.page.overrideBy', { name: referral.override.byName ?? none, reason: referral.override.reason ?? none })}
          </p>
        </section>
      )}

      <ReferralActions referral={referral} etag={etag} onActing={() => setArrivalShown(false)} />

      {referral.status === 'COMPLETED' && (
        <section className="alert alert--success referral-outcome" aria-labelledby="referral-outcome-title" data-outcome={referral.outcome}>
          <h2 id="referral-outcome-title" className="alert__title">
            {t('referrals.page.outcomeTitle')}
          </h2>
          <dl className="facts">
            <dt>{t('referrals.page.outcome')}</dt>
            <dd>{labels.outcome(referral.outcome) || none}</dd>
            <dt>{t('referrals.page.outcomeNote')}</dt>
            <dd className="prewrap">{referral.outcomeNote || none}</dd>
            <dt>{t('referrals.page.completedAt')}</dt>
            <dd>{referral.completedAt ? labels.dateTime(referral.completedAt) : none}</dd>
          </dl>
        </section>
      )}

      <section className="referral-section" aria-labelledby="referral-facts-title">
        <h2 id="referral-facts-title">{t('referrals.page.facts')}</h2>
        <dl className="facts">
          <dt>{t('referrals.page.sender')}</dt>
          <dd>{labels.organization(referral.sender) || none}</dd>
          <dt>{t('referrals.page.receiver')}</dt>
          <dd>{labels.organization(referral.receiver) || none}</dd>
          <dt>{t('referrals.page.serviceType')}</dt>
          <dd>{serviceType || none}</dd>
          {referral.serviceId && (
            <>
              <dt>{t('referrals.page.service')}</dt>
              <dd>{service.data ? labels.service(service.data) : service.isPending ? t('app.loading') : none}</dd>
            </>
          )}
          <dt>{t('referrals.page.reason')}</dt>
          <dd className="prewrap">{referral.reason || none}</dd>
          <dt>{t('referrals.page.requestedFieldGroups')}</dt>
          <dd>{labels.fieldGroups(referral.requestedFieldGroups ?? []) || none}</dd>
          {optional
            .filter(([, value]) => !!value)
            .map(([label, value]) => (
              <FactRow key={label} label={label} value={value!} />
            ))}
          <dt>{t('referrals.page.createdBy')}</dt>
          <dd>
            {[referral.createdByName, referral.createdAt ? labels.dateTime(referral.createdAt) : '']
              .filter(Boolean)
              .join(', ') || none}
          </dd>
          {sender && worker && referral.caseId && (
            <>
              <dt>{t('referrals.page.case')}</dt>
              <dd>
                <Link to={`/cases/${referral.caseId}?tab=referrals`}>
                  {t('referrals.page.openCase', { number: caseNumber ?? '' })}
                </Link>
              </dd>
            </>
          )}
        </dl>
      </section>

      {referral.caseId ? <SharedCaseView referral={referral} /> : <ClubPersonView referral={referral} />}
      {!referral.caseId && <ReferralCaseLink referral={referral} etag={etag} />}
      <ReferralHistory referral={referral} />
      <ReferralComments referral={referral} />
      <p>
        <Link to={sender ? '/referrals?direction=outgoing' : '/referrals'}>{t('referrals.page.back')}</Link>
      </p>
    </>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="prewrap">{value}</dd>
    </>
  );
}
