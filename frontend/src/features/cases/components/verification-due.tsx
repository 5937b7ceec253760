import { useTranslation } from 'react-i18next';
import { useCaseLabels } from './use-case-labels';

interface VerificationDueProps {
  dueAt: string | null | undefined;
  overdue: boolean | null | undefined;
  /** `long` says "Verification due: …"; in a table the column header says it. */
  variant?: 'short' | 'long';
}

/** The law's 3-day verification deadline: the due time, flagged when it has passed. */
export function VerificationDue({ dueAt, overdue, variant = 'short' }: VerificationDueProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (!dueAt && !overdue) return <>{t('common.none')}</>;
  const time = labels.dateTime(dueAt);
  return (
    <span className="due">
      {dueAt && <time dateTime={dueAt}>{variant === 'long' ? t('cases.page.dueAt', { time }) : time}</time>}
      {overdue && <span className="badge badge--overdue">{t('cases.page.overdue')}</span>}
    </span>
  );
}
