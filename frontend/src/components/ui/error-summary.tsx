import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field to jump to, when the error belongs to one. */
  fieldId?: string;
  label: string;
  message: string;
}

/**
 * The form's errors in one list at the top, each linking to its field; takes focus when shown.
 * `onNavigate` takes over the links, for forms whose field may not be on screen (a stepper).
 */
export function ErrorSummary({ items, onNavigate }: { items: SummaryItem[]; onNavigate?: (fieldId: string) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => `${i.fieldId}:${i.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (!items.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <p className="error-summary__title" id="error-summary-title">
        {t('common.fieldErrorsTitle')}
      </p>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? item.label}-${index}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={
                  onNavigate &&
                  ((event) => {
                    event.preventDefault();
                    onNavigate(item.fieldId!);
                  })
                }
              >
                {item.label}: {item.message}
              </a>
            ) : (
              <>
                {item.label}: {item.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
