import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { IntakePage } from '@/features/cases/components/intake-page';
import { intakeValuesFromPrefill } from '@/features/cases/components/intake-values';
import { useIntakePrefill } from '@/features/hotline/api/get-intake-prefill';
import { useTicket } from '@/features/hotline/api/get-ticket';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';

/**
 * Opening an intake from a hotline ticket, composed here because features do not import each
 * other: the hotline prefills, the cases feature receives, and the server escalates the ticket.
 */
export function HotlineIntake() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const prefill = useIntakePrefill(id);
  const ticket = useTicket(id);
  if (prefill.isPending || ticket.isPending) return <Loading />;
  if (prefill.isError) return <ProblemAlert error={prefill.error} onRetry={() => void prefill.refetch()} />;
  if (ticket.isError) return <ProblemAlert error={ticket.error} onRetry={() => void ticket.refetch()} />;
  return (
    <IntakePage
      source={{
        initial: intakeValuesFromPrefill(prefill.data),
        link: { hotlineTicketId: id },
        title: t('hotline.intake.title', { number: ticket.data.data.ticketNumber }),
        intro: t('hotline.intake.intro'),
      }}
    />
  );
}
