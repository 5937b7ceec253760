import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/form-fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProvinces } from '../api/get-provinces';
import { useCashRateLabels } from './use-cash-rate-labels';

interface ProvinceFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** Text of the empty choice: "Choose…" in a form, "All" in a filter. */
  emptyLabel: string;
  required?: boolean;
  errors?: string[];
}

/** A select of the provinces and centrally-run cities, by name in the reader's language. */
export function ProvinceField({ id, label, value, onChange, emptyLabel, required, errors }: ProvinceFieldProps) {
  const { t } = useTranslation();
  const labels = useCashRateLabels();
  const query = useProvinces();
  return (
    <>
      <SelectField
        id={id}
        label={label}
        required={required}
        errors={errors}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={query.isPending}
        aria-busy={query.isPending}
      >
        <option value="">{query.isPending ? t('app.loading') : emptyLabel}</option>
        {query.data?.map((place) => (
          <option key={place.code} value={place.code}>
            {labels.placeName(place)}
          </option>
        ))}
        {/* A code no longer in the list (a merged province) stays visible rather than silently changing. */}
        {value && query.data && !query.data.some((p) => p.code === value) && <option value={value}>{value}</option>}
      </SelectField>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
