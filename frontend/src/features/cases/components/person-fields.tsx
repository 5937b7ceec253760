import { PlaceField } from '@/components/ui/place-field';
import { useTranslation } from 'react-i18next';
import { CountryField } from '@/components/ui/country-field';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
import { LanguagesField } from '@/components/ui/languages-field';
import { ID_DOCUMENT_TYPES, SEXES } from '../enums';
import type { PersonField, PersonValues } from './intake-values';
import { useCaseLabels } from './use-case-labels';

interface PersonFieldsProps {
  /** The person's path in the request: `person` or `accompanyingChildren[0]`. */
  path: string;
  values: PersonValues;
  onChange: <K extends PersonField>(field: K, value: PersonValues[K]) => void;
  errorsOf: (path: string) => string[] | undefined;
  idOf: (path: string) => string;
}

/** The codes of a comma-separated list, as the form keeps them. */
function splitCodes(value: string): string[] {
  return value
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

/** The fields of one Person (the person received, or an accompanying child). */
export function PersonFields({ path, values, onChange, errorsOf, idOf }: PersonFieldsProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const at = (field: PersonField) => `${path}.${field}`;
  const text = (
    field: Exclude<PersonField, 'sex' | 'idDocumentType' | 'stateless' | 'nationality' | 'languages'>,
    props: { type?: string; hint?: string; required?: boolean; autoComplete?: string; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      id={idOf(at(field))}
      label={t(`cases.person.${field}`)}
      errors={errorsOf(at(field))}
      value={values[field]}
      onChange={(event) => onChange(field, event.target.value)}
      {...props}
    />
  );
  return (
    <>
      {text('fullName', { required: true, autoComplete: 'off' })}
      {text('otherNames', { hint: t('cases.person.otherNamesHint') })}
      <SelectField
        id={idOf(at('sex'))}
        label={t('cases.person.sex')}
        errors={errorsOf(at('sex'))}
        value={values.sex}
        onChange={(event) => onChange('sex', event.target.value as PersonValues['sex'])}
      >
        {SEXES.map((sex) => (
          <option key={sex} value={sex}>
            {labels.sex(sex)}
          </option>
        ))}
      </SelectField>
      <div className="field-pair">
        {text('birthDate', { type: 'date', hint: t('cases.person.birthOrAgeHint') })}
        {text('estimatedAge', { inputMode: 'numeric' })}
      </div>
      <div className="field-pair">
        <CountryField
          id={idOf(at('nationality'))}
          label={t('cases.person.nationality')}
          errors={errorsOf(at('nationality'))}
          value={values.nationality}
          disabled={values.stateless}
          onChange={(code) => onChange('nationality', code)}
        />
        <CheckboxField
          id={idOf(at('stateless'))}
          label={t('cases.person.stateless')}
          errors={errorsOf(at('stateless'))}
          checked={values.stateless}
          onChange={(event) => onChange('stateless', event.target.checked)}
        />
      </div>
      <div className="field-pair">
        <SelectField
          id={idOf(at('idDocumentType'))}
          label={t('cases.person.idDocumentType')}
          errors={errorsOf(at('idDocumentType'))}
          value={values.idDocumentType}
          onChange={(event) => onChange('idDocumentType', event.target.value as PersonValues['idDocumentType'])}
        >
          {ID_DOCUMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.idDocumentType(type)}
            </option>
          ))}
        </SelectField>
        {values.idDocumentType !== 'NONE' && text('idDocumentNumber', { autoComplete: 'off' })}
      </div>
      <PlaceField
        id={idOf(`${path}.homePlaceCode`)}
        label={t('cases.person.homePlaceCode')}
        errors={errorsOf(`${path}.homePlaceCode`)}
        value={values.homePlaceCode}
        onChange={(code) => onChange('homePlaceCode', code)}
      />
      {text('phone', { type: 'tel', autoComplete: 'off' })}
      <LanguagesField
        id={idOf(at('languages'))}
        label={t('cases.person.languages')}
        errors={errorsOf(at('languages'))}
        value={splitCodes(values.languages)}
        onChange={(codes) => onChange('languages', codes.join(', '))}
      />
      {text('disabilities')}
    </>
  );
}
