import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/api/problem-message';

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Further actions, e.g. reloading a record after a 412. */
  children?: ReactNode;
}

/** A failed call as a readable, announced message, with a retry when one makes sense. */
export function ProblemAlert({ error, onRetry, children }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const { message, detail } = describeProblem(error, i18n);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
      {detail && <p className="alert__detail">{detail}</p>}
      {(onRetry || children) && (
        <div className="alert__actions">
          {onRetry && (
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
