import { useTranslation } from 'react-i18next';
import type { TicketStatus, Urgency } from '../types';
import { useHotlineLabels } from './use-hotline-labels';

const kebab = (value: string) => value.toLowerCase().replace(/_/g, '-');

/** A ticket's status in words; `data-status` carries the code for tests and styles. */
export function TicketStatusBadge({ status }: { status: TicketStatus | undefined }) {
  const labels = useHotlineLabels();
  if (!status) return null;
  return (
    <span className={`badge badge--ticket-${kebab(status)}`} data-status={status}>
      {labels.status(status)}
    </span>
  );
}

/** How urgent a contact is, in words, so that an emergency does not stand out by colour alone. */
export function TicketUrgencyBadge({ urgency }: { urgency: Urgency | undefined }) {
  const labels = useHotlineLabels();
  if (!urgency) return null;
  return (
    <span className={`badge badge--urgency-${kebab(urgency)}`} data-urgency={urgency}>
      {labels.urgency(urgency)}
    </span>
  );
}

/** Open, unanswered and past its response deadline. */
export function TicketOverdueBadge({ overdue }: { overdue: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <span className="badge badge--overdue" data-overdue="true">
      {t('hotline.overdue')}
    </span>
  );
}
