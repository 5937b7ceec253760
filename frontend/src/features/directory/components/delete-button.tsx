import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Deleting takes two presses: the first asks, the second (or cancel) answers. */
export function DeleteButton({ question, pending, onConfirm }: { question: string; pending: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('common.delete')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm} autoFocus>
        {pending ? t('common.deleting') : t('common.confirmDelete')}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
