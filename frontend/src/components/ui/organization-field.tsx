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
}

/** A select of organizations (the first 200 by name), named in the reader's language. */
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
}: OrganizationFieldProps) {
  const { t, i18n } = useTranslation();
  const query = useOrganizationOptions();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const nameOf = (o: { nameVi: string; nameEn?: string }) => (english && o.nameEn ? o.nameEn : o.nameVi);
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
        {query.data
          ?.filter((organization) => !exclude.includes(organization.id))
          .map((organization) => (
            <option key={organization.id} value={organization.id}>
              {nameOf(organization)}
            </option>
          ))}
      </SelectField>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
