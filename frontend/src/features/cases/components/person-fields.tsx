import { PlaceField } from '@/components/ui/place-field';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-fields';
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

/** The fields of one Person (the person received, or an accompanying child). */
export function PersonFields({ path, values, onChange, errorsOf, idOf }: PersonFieldsProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const at = (field: PersonField) => `${path}.${field}`;
  const text = (
    field: Exclude<PersonField, 'sex' | 'idDocumentType' | 'stateless'>,
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
        {text('nationality', { hint: t('cases.person.nationalityHint'), autoComplete: 'off' })}
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
      {text('languages', { hint: t('cases.person.languagesHint') })}
      {text('disabilities')}
    </>
  );
}
