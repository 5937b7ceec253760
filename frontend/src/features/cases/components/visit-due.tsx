import { useTranslation } from 'react-i18next';
import { todayInput } from '@/lib/dates';
import { useCaseLabels } from './use-case-labels';

/** The next follow-up visit's due date, flagged when it is today or past. */
export function VisitDue({ due, now = new Date() }: { due: string | null | undefined; now?: Date }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (!due) return <>{t('common.none')}</>;
  const today = todayInput(now);
  return (
    <span className="due">
      <time dateTime={due}>{labels.date(due)}</time>
      {due < today && <span className="badge badge--overdue">{t('cases.list.visitOverdue')}</span>}
      {due === today && <span className="badge">{t('cases.list.dueToday')}</span>}
    </span>
  );
}
