import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface ShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
}

function describedBy(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, errors, required, children }: ShellProps & { children: ReactNode }) {
  const invalid = !!errors?.length;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
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
      {children}
    </div>
  );
}

type InputProps = ShellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({ id, label, hint, errors, required, ...input }: InputProps) {
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
