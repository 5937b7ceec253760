import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { ErrorSummary, type SummaryItem } from '@/components/ui/error-summary';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiProblem } from '@/lib/api/problem';

interface DialogFormProps {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The last failed save; a 409 (invalid transition) or 412 (stale) offers to reload the case. */
  error: unknown;
  summary: SummaryItem[];
  onSubmit: () => void;
  onClose: () => void;
  onReload?: () => void;
  children: ReactNode;
}

/** A form in a modal dialog: intro, errors (summary and alert), fields, save and cancel. */
export function DialogForm({
  title,
  intro,
  submitLabel,
  pending,
  error,
  summary,
  onSubmit,
  onClose,
  onReload,
  children,
}: DialogFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const stale = isApiProblem(error) && (error.status === 409 || error.status === 412);
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
        {intro && <p>{intro}</p>}
        {error !== null && error !== undefined && !pending && (
          <ProblemAlert error={error}>
            {stale && onReload && (
              <button type="button" className="button button--small" onClick={onReload}>
                {t('cases.page.reload')}
              </button>
            )}
          </ProblemAlert>
        )}
        <ErrorSummary items={summary} />
        {children}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t('cases.actions.working') : submitLabel}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
