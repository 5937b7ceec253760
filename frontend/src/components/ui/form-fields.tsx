import type { FieldsetHTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { DateInput } from './date-input';

interface ShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
}

/** The ids of a field's hint and error, which describe it to assistive technology. */
export function describedBy(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's hint and its errors, each with the id `describedBy` names. */
function FieldNotes({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {!!errors?.length && (
        <p className="field__error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}

function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span className="field__required" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
}

function FieldShell({ id, label, hint, errors, required, children }: ShellProps & { children: ReactNode }) {
  const invalid = !!errors?.length;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldNotes id={id} hint={hint} errors={errors} />
      {children}
    </div>
  );
}

/**
 * A field of several inputs in a fieldset, its legend naming it, with the hint and errors of
 * any field (`id` names them, for `describedBy`); `fieldset` sets the fieldset's own attributes.
 */
export function FieldsetShell({
  id,
  label,
  hint,
  errors,
  required,
  className,
  fieldset,
  children,
}: ShellProps & { className?: string; fieldset?: FieldsetHTMLAttributes<HTMLFieldSetElement>; children: ReactNode }) {
  const invalid = !!errors?.length;
  return (
    <fieldset className={['field', className, invalid && 'field--invalid'].filter(Boolean).join(' ')} {...fieldset}>
      <legend className="field__label">
        {label}
        <RequiredMark required={required} />
      </legend>
      <FieldNotes id={id} hint={hint} errors={errors} />
      {children}
    </fieldset>
  );
}

type InputProps = ShellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({ id, label, hint, errors, required, ...input }: InputProps) {
  if (input.type === 'date' || input.type === 'datetime-local') {
    // Dates read dd/mm/yyyy (hh:mm) whatever the browser's language: a native date input follows the browser's.
    const { type, value, ...rest } = input;
    return (
      <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
        <DateInput
          id={id}
          withTime={type === 'datetime-local'}
          value={String(value ?? '')}
          aria-required={required || undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, hint, errors)}
          {...rest}
        />
      </FieldShell>
    );
  }
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={id}
        name={id}
        type="text"
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </FieldShell>
  );
}

type TextAreaProps = ShellProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextAreaField({ id, label, hint, errors, required, ...textarea }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        name={id}
        rows={4}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...textarea}
      />
    </FieldShell>
  );
}

type SelectProps = ShellProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'>;

export function SelectField({ id, label, hint, errors, required, children, ...select }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={id}
        name={id}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type CheckboxProps = Omit<ShellProps, 'required'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

/** One checkbox with its label beside it. */
export function CheckboxField({ id, label, hint, errors, ...input }: CheckboxProps) {
  const invalid = !!errors?.length;
  return (
    <div className={invalid ? 'field field--check field--invalid' : 'field field--check'}>
      <input
        id={id}
        name={id}
        type="checkbox"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

interface ChoiceGroupProps<T extends string> {
  /** The id of the group; each choice gets `<id>-<value>`. */
  id: string;
  legend: ReactNode;
  /** `radio`: exactly one value; `checkbox`: any number of them. */
  type: 'radio' | 'checkbox';
  options: readonly { value: T; label: ReactNode }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
}

/** Radio buttons or checkboxes in a fieldset, its legend naming the question. */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  type,
  options,
  value,
  onChange,
  hint,
  errors,
  required,
}: ChoiceGroupProps<T>) {
  const invalid = !!errors?.length;
  return (
    <FieldsetShell
      id={id}
      label={legend}
      hint={hint}
      errors={errors}
      required={required}
      className="choice-group"
      fieldset={{ id, tabIndex: -1, 'aria-describedby': describedBy(id, hint, errors), 'aria-invalid': invalid || undefined }}
    >
      <div className="choice-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = value.includes(option.value);
          return (
            <div className="choice" key={option.value}>
              <input
                id={optionId}
                type={type}
                name={id}
                value={option.value}
                checked={checked}
                onChange={(event) =>
                  onChange(
                    type === 'radio'
                      ? [option.value]
                      : event.target.checked
                        ? [...value, option.value]
                        : value.filter((v) => v !== option.value),
                  )
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
