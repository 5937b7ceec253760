import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '@/lib/api/organizations';
import { SelectField } from './form-fields';
import { ProblemAlert } from './problem-alert';

interface OrganizationFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (id: string, name: string) => void;
  /** Text of the empty choice, e.g. "Choose…". */
  emptyLabel: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  /** Organizations not to offer, e.g. the caller's own when referring elsewhere. */
  exclude?: readonly string[];
  /** Only organizations of these kinds (e.g. border guards for a border-guard handover); all when absent. */
  kinds?: readonly string[];
}

/** A select of organizations (the first 200), named and sorted in the reader's language, optionally of some kinds only. */
export function OrganizationField({
  id,
  label,
  value,
  onChange,
  emptyLabel,
  required,
  hint,
  errors,
  exclude = [],
  kinds,
}: OrganizationFieldProps) {
  const { t, i18n } = useTranslation();
  const query = useOrganizationOptions();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const nameOf = (o: { nameVi: string; nameEn?: string }) => (english && o.nameEn ? o.nameEn : o.nameVi);
  // Names in the reader's alphabetical order ("Đ" after "D", not after "Z").
  const collator = new Intl.Collator(english ? 'en' : 'vi');
  const offered = (query.data ?? [])
    .filter((organization) => !exclude.includes(organization.id))
    .filter((organization) => !kinds || (organization.kind !== undefined && kinds.includes(organization.kind)) || organization.id === value)
    .sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  return (
    <>
      <SelectField
        id={id}
        label={label}
        required={required}
        hint={hint}
        errors={errors}
        value={value}
        onChange={(event) => {
          const chosen = query.data?.find((o) => o.id === event.target.value);
          onChange(event.target.value, chosen ? nameOf(chosen) : '');
        }}
        disabled={query.isPending}
        aria-busy={query.isPending}
      >
        <option value="">{query.isPending ? t('app.loading') : emptyLabel}</option>
        {offered.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {nameOf(organization)}
          </option>
        ))}
      </SelectField>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
