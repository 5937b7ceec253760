import { ProblemAlert } from '@/components/ui/problem-alert';
import { useSupportLabels } from './support-labels';

/**
 * A failed support call: the support plan's own codes (not entitled, override by a non-supervisor)
 * in words, everything else as the shared problem alert says it.
 */
export function SupportProblemAlert({ error }: { error: unknown }) {
  const message = useSupportLabels().problem(error);
  if (!message) return <ProblemAlert error={error} />;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
    </div>
  );
}
