import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import { COUNTRY_CODES, FREQUENT_COUNTRIES } from '@/lib/iso-codes';
import { SelectField } from './form-fields';

interface CountryFieldProps {
  id: string;
  label: string;
  /** An ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  hint?: string;
  errors?: string[];
  required?: boolean;
  disabled?: boolean;
}

/**
 * A country by its name in the reader's language, never a code to type: the countries a case
 * most often involves first, then all in the language's alphabetical order. Typing the first
 * letters of a name jumps to it.
 */
export function CountryField({ id, label, value, onChange, hint, errors, required, disabled }: CountryFieldProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'vi';
  const all = useMemo(() => {
    const collator = new Intl.Collator(language);
    return COUNTRY_CODES.map((code) => ({ code, name: format.country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [language]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <SelectField id={id} label={label} hint={hint} errors={errors} required={required} disabled={disabled}
      value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('pickers.chooseCountry')}</option>
      {value && !COUNTRY_CODES.includes(value) && <option value={value}>{value}</option>}
      <optgroup label={t('pickers.frequent')}>
        {FREQUENT_COUNTRIES.map((code) => (
          <option key={code} value={code}>
            {format.country(code)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('pickers.allCountries')}>
        {all.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
