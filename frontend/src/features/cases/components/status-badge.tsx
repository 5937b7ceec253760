import type { CaseStatus } from '../types';
import { useCaseLabels } from './use-case-labels';

export function StatusBadge({ status }: { status: CaseStatus | undefined }) {
  const labels = useCaseLabels();
  if (!status) return null;
  return <span className={`badge badge--case-${status.toLowerCase().replace(/_/g, '-')}`}>{labels.status(status)}</span>;
}
