import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/form-fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useOrganizations } from '../api/get-organizations';
import { useLabels } from './use-labels';

interface OrganizationSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  /** Text of the empty choice: "All" in a filter, "Choose…" in a form. */
  emptyLabel: string;
  required?: boolean;
  errors?: string[];
}

/** A select of organizations fed by the organizations API (the first 200 by name). */
export function OrganizationSelect({ id, label, value, onChange, emptyLabel, required, errors }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useOrganizations({ size: 200, sort: 'nameVi,asc' });
  return (
    <>
      <SelectField
        id={id}
        label={label}
        required={required}
        errors={errors}
        value={value}
        onChange={onChange}
        disabled={query.isPending}
        aria-busy={query.isPending}
      >
        <option value="">{query.isPending ? t('app.loading') : emptyLabel}</option>
        {query.data?.items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {labels.name(organization)}
          </option>
        ))}
      </SelectField>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
