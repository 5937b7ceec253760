import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PossibleDuplicate } from '../types';
import { useCaseLabels } from './use-case-labels';

/** Cases that may be the same person: shown to the worker to check, never merged by the system. */
export function DuplicatesNotice({ duplicates }: { duplicates: PossibleDuplicate[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (duplicates.length === 0) return null;
  return (
    <section className="alert alert--warning" aria-labelledby="duplicates-title">
      <h2 className="alert__title" id="duplicates-title">
        {t('cases.duplicates.title')}
      </h2>
      <p className="alert__detail">{t('cases.duplicates.body')}</p>
      <ul className="plain-list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.caseId}>
            <Link to={`/cases/${duplicate.caseId}`}>{duplicate.caseNumber ?? duplicate.caseId}</Link>{' '}
            <span className="secondary-inline">({labels.duplicateReason(duplicate.reason)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
