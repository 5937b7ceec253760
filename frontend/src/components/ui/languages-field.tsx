import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/use-format';
import { FREQUENT_LANGUAGES, LANGUAGE_CODES } from '@/lib/iso-codes';
import { describedBy, FieldsetShell } from './form-fields';

interface LanguagesFieldProps {
  id: string;
  label: string;
  /** ISO 639 codes, in the order chosen. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  hint?: string;
  errors?: string[];
  /** The most the server takes. */
  max?: number;
}

/**
 * The languages a person speaks, by name: each chosen language is a chip that can be removed, and
 * a list adds another (the usual ones first, then all in alphabetical order).
 */
export function LanguagesField({ id, label, value, onChange, hint, errors, max = 10 }: LanguagesFieldProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'vi';
  const all = useMemo(() => {
    const collator = new Intl.Collator(language);
    return LANGUAGE_CODES.map((code) => ({ code, name: format.language(code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [language]); // eslint-disable-line react-hooks/exhaustive-deps
  const invalid = !!errors?.length;
  const free = (code: string) => !value.includes(code);
  return (
    <FieldsetShell id={id} label={label} hint={hint} errors={errors}>
      {value.length > 0 && (
        <ul className="chips" aria-label={t('pickers.chosenLanguages')}>
          {value.map((code) => (
            <li key={code} className="chip">
              {format.language(code)}
              <button type="button" className="chip__remove" aria-label={t('pickers.removeLanguage', { name: format.language(code) })}
                onClick={() => onChange(value.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {value.length < max && (
        <>
          <label htmlFor={id} className="visually-hidden">
            {t('pickers.addLanguage')}
          </label>
          <select id={id} name={id} value="" aria-invalid={invalid || undefined} aria-describedby={describedBy(id, hint, errors)}
            onChange={(event) => event.target.value && onChange([...value, event.target.value])}>
            <option value="">{t('pickers.addLanguage')}</option>
            <optgroup label={t('pickers.frequent')}>
              {FREQUENT_LANGUAGES.filter(free).map((code) => (
                <option key={code} value={code}>
                  {format.language(code)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('pickers.allLanguages')}>
              {all.filter(({ code }) => free(code)).map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          </select>
        </>
      )}
    </FieldsetShell>
  );
}
